#!/usr/bin/env bash
# `npm test` several times in a row on a fresh clone while another process keeps every core busy (Debian's
# `stress-ng --cpu N`, N = the core count), to find tests that wait on time instead of state. Stops at the
# first failing run; each run's whole output is kept.
#
#   bash scripts/test-under-load.sh [RUNS]      (RUNS: 3 by default)
#
# Environment:
#   LOAD_DIR  where the clone and the logs go (default: a new folder under /tmp)
#   REF       what to clone (default: HEAD of this checkout, which must be committed)
# Installs stress-ng from Debian when missing (as `scripts/setup.sh` installs Chromium). Not part of
# `npm test`: three runs take over an hour on two cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${1:-3}
ref=${REF:-$(git -C "$here" rev-parse HEAD)}
dir=${LOAD_DIR:-$(mktemp -d /tmp/gradio-kit-load.XXXXXX)}
mkdir -p "$dir"

if ! command -v stress-ng >/dev/null; then
  echo "[load] installing stress-ng from Debian"
  sudo=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $sudo apt-get install -y stress-ng >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y stress-ng >/dev/null; }
fi

rm -rf "$dir/clone"
git clone -q "$here" "$dir/clone"
# The clone is not beside ../shared: point it at this checkout's Gradio 6.25 sources, or its 6.x layer would be
# skipped (a load run that tests Gradio 5 only says nothing about 6).
shared6="$here/../shared/gradio-6.25"
if [ -z "${GRADIO_KIT_GRADIO6_SOURCE:-}" ] && [ -d "$shared6" ]; then export GRADIO_KIT_GRADIO6_SOURCE="$(cd "$shared6" && pwd)"; fi
[ -n "${GRADIO_KIT_GRADIO6_SOURCE:-}" ] || echo "[load] no Gradio 6.25 sources found: the runs test Gradio 5.14 only"
git -C "$dir/clone" checkout -q "$ref"

cores=$(nproc)
stress-ng --cpu "$cores" --quiet &
stress=$!
trap 'kill $stress 2>/dev/null || true' EXIT
echo "[load] stress-ng --cpu $cores (pid $stress); $runs runs of npm test on $ref in $dir/clone"

for run in $(seq 1 "$runs"); do
  t0=$(date +%s)
  if (cd "$dir/clone" && npm test) >"$dir/run-$run.log" 2>&1; then
    echo "[load] run $run: passed in $(($(date +%s) - t0)) s ($(grep '^tests:' "$dir/run-$run.log" | tail -1))"
  else
    echo "[load] run $run: FAILED after $(($(date +%s) - t0)) s ($(grep '^tests:' "$dir/run-$run.log" | tail -1)); log: $dir/run-$run.log"
    grep -E 'FAIL|failed steps' "$dir/run-$run.log" | head -20 || true
    exit 1
  fi
done
echo "[load] $runs runs in a row passed under stress-ng --cpu $cores"
