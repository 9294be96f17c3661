#!/usr/bin/env bash
# The one test command (README, .ci/run): sets up a fresh machine, builds, and runs every test layer:
# lint, type check, the package checks (publint, arethetypeswrong, imports of the built package), and the
# vitest projects unit, spec, browser, integration, client-node, client-browser and e2e.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$(date +%s)
failed=()

run() {
  local name=$1
  shift
  printf '\n=== %s\n' "$name"
  local t0=$(date +%s)
  if "$@"; then
    printf '=== %s: ok (%ss)\n' "$name" "$(($(date +%s) - t0))"
  else
    printf '=== %s: FAILED (%ss)\n' "$name" "$(($(date +%s) - t0))"
    failed+=("$name")
  fi
}

# The Gradio chroots build in the background meanwhile (minutes on a fresh machine); the vitest step waits for them.
GRADIO_KIT_GRADIO_DETACHED=1 bash scripts/setup.sh || { echo "setup failed"; exit 1; }
run "build" npm run --silent build || true
if [[ " ${failed[*]-} " == *" build "* ]]; then echo "the build failed: nothing to test"; exit 1; fi
run "lint (biome)" npx biome check .
run "type check (tsc)" npx tsc -p tsconfig.check.json
run "storybook build" npm run --silent build-storybook
run "package checks (publint, attw)" bash scripts/check-package.sh
# Waits for the chroots setup started (each script call takes its chroot's lock), and says if one failed.
run "real Gradio servers" bash -c 'bash scripts/provision-gradio.sh 5 >/dev/null && bash scripts/provision-gradio.sh 6 >/dev/null'
mkdir -p test-results
# Each Gradio server start is logged (app, major, ms, test file): what the run's servers cost, per file.
export GRADIO_KIT_SERVER_LOG="$PWD/test-results/server-starts.tsv"
rm -f "$GRADIO_KIT_SERVER_LOG"
run "vitest (all layers)" npx vitest run --maxWorkers=2 --reporter=default --reporter=json --outputFile.json=test-results/vitest.json

# The closing line counts every test, plus each failed step outside vitest as one failure.
steps_failed=0
for name in "${failed[@]}"; do [ "$name" = "vitest (all layers)" ] || steps_failed=$((steps_failed + 1)); done
summary=$(STEPS_FAILED=$steps_failed node -e '
  const r = require("./test-results/vitest.json");
  const failed = r.numFailedTests + Number(process.env.STEPS_FAILED);
  console.log(`${r.numPassedTests} passed, ${failed} failed, ${r.numPendingTests} skipped`);
' 2>/dev/null || echo "0 passed, 1 failed")
echo
echo "=== took $(($(date +%s) - started))s"
[ -f "$GRADIO_KIT_SERVER_LOG" ] && awk -F'\t' '{ n++; ms += $4 } END { printf "=== Gradio servers started: %d, %.0f s waiting for them in all (%s)\n", n, ms / 1000, FILENAME }' "$GRADIO_KIT_SERVER_LOG"
[ ${#failed[@]} -eq 0 ] || echo "=== failed steps: ${failed[*]}"
echo "tests: $summary"
[ ${#failed[@]} -eq 0 ]
