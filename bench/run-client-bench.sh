#!/usr/bin/env bash
# Builds bench/client-bench.ts with esbuild (Node 20 cannot run TypeScript itself) next to its source, so
# relative paths (the example apps, src/client) resolve the same, runs it, and removes the build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/.client-bench.mjs
trap 'rm -f "$out"' EXIT
npx esbuild bench/client-bench.ts --bundle --platform=node --format=esm --packages=external \
  --outfile="$out" --log-level=warning
node "$out"
