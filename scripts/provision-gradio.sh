#!/usr/bin/env bash
# Provisions a real Gradio server for tests, demos and benchmarks, from the npm registry, Debian's archives and
# ../shared only (no PyPI here), in a cached Debian chroot. Two majors, chosen by the first argument:
#
#   provision-gradio.sh [5]   Gradio 5.14.0: Debian trixie (Python 3.13) and Gradio's pure-Python wheels taken
#                             from the @gradio/lite npm tarball, with small stand-ins for safehttpx and ffmpy.
#   provision-gradio.sh 6     Gradio 6.25.0: Debian sid (Starlette >= 1.0.1) and Gradio 6.25's own Python
#                             packages, copied from ../shared/gradio-6.25 (or GRADIO_KIT_GRADIO6_SOURCE).
#
# Facts behind each step: ../shared/real-gradio.md.
#
# Idempotent and resumable: each finished step leaves a stamp file and is skipped on the next run; a step
# that fails says which one and why, and the next run starts again at that step. Safe to run from several
# processes at once (one flock). Prints the runtime as its last line: `chroot:PATH` or `python:PATH`, or
# `absent:REASON` (exit 0) for Gradio 6 when its sources are not there (a clone without ../shared).
#
# Environment:
#   GRADIO_KIT_CACHE           where the chroots and downloads are kept (default: ~/.cache/gradio-kit)
#   GRADIO_KIT_PYTHON          a python that can already `import gradio` 5.x: nothing is provisioned for 5
#   GRADIO_KIT_PYTHON6         the same for Gradio 6.x
#   GRADIO_KIT_GRADIO6_SOURCE  Gradio 6.25's Python packages (default: ../shared/gradio-6.25 beside the repo)
#   DEBIAN_MIRROR              the Debian mirror URL (default: the one this machine's apt sources name)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OVERLAY="$HERE/gradio-overlay"
MAJOR="${1:-5}"
CACHE="${GRADIO_KIT_CACHE:-${HOME:-/root}/.cache/gradio-kit}"
COMMON_PACKAGES=(python3 python3-fastapi python3-starlette python3-uvicorn python3-pydantic python3-orjson
  python3-numpy python3-pandas python3-pil python3-httpx python3-aiofiles python3-anyio python3-jinja2
  python3-markupsafe python3-python-multipart python3-yaml python3-semantic-version python3-tomlkit
  python3-typer python3-brotli python3-fsspec python3-packaging python3-typing-extensions python3-tz
  python3-websockets python3-h11 python3-requests ca-certificates)
case "$MAJOR" in
  5)
    GRADIO_VERSION=5.14.0
    SUITE=trixie
    USER_PYTHON="${GRADIO_KIT_PYTHON:-}"
    PACKAGES=("${COMMON_PACKAGES[@]}")
    # trixie lacks these two: taken from sid, pinned low so nothing else comes from there.
    SID_PACKAGES=(python3-huggingface-hub/sid python3-pydub/sid)
    # Bump when the steps below change what they build, so an old cache is rebuilt rather than trusted.
    RECIPE=3
    ;;
  6)
    GRADIO_VERSION=6.25.0
    SUITE=sid
    USER_PYTHON="${GRADIO_KIT_PYTHON6:-}"
    SOURCE="${GRADIO_KIT_GRADIO6_SOURCE:-$HERE/../../shared/gradio-6.25}"
    PACKAGES=("${COMMON_PACKAGES[@]}" python3-huggingface-hub python3-pydub python3-audioop-lts python3-rich)
    SID_PACKAGES=()
    RECIPE=1
    ;;
  *)
    printf '[provision-gradio] unknown Gradio major "%s": use 5 or 6\n' "$MAJOR" >&2
    exit 2
    ;;
esac
ROOT="$CACHE/gradio-${GRADIO_VERSION}-${SUITE}"
LITE_PACKAGE="@gradio/lite@${GRADIO_VERSION}"

CURRENT_STEP="start"
log() { printf '[provision-gradio] %s\n' "$*" >&2; }
fail() {
  printf '[provision-gradio] FAILED at step "%s": %s\n' "$CURRENT_STEP" "$*" >&2
  printf '[provision-gradio] Fix the cause and run again: finished steps are kept, this one is retried.\n' >&2
  exit 1
}
trap 'rc=$?; [ $rc -ne 0 ] && [ "${FAILED_REPORTED:-0}" = 0 ] && printf "[provision-gradio] FAILED at step \"%s\" (exit %s, command: %s)\n" "$CURRENT_STEP" "$rc" "$BASH_COMMAND" >&2' ERR

# A python the user points at: check that it imports the right Gradio, provision nothing.
if [ -n "$USER_PYTHON" ]; then
  CURRENT_STEP="check the python given for Gradio $MAJOR"
  version=$("$USER_PYTHON" -c 'import gradio; print(gradio.__version__)' 2>&1) \
    || fail "$USER_PYTHON cannot import gradio: $version"
  [ "${version%%.*}" = "$MAJOR" ] || fail "$USER_PYTHON imports gradio $version, not Gradio $MAJOR.x"
  log "using $USER_PYTHON (gradio $version)"
  echo "python:$USER_PYTHON"
  exit 0
fi

# Gradio 6 comes from ../shared: a clone elsewhere has none, and then the 6.x layer is skipped, said once.
if [ "$MAJOR" = 6 ] && [ ! -f "$SOURCE/gradio/__init__.py" ]; then
  log "Gradio 6.25 sources not found at $SOURCE (set GRADIO_KIT_GRADIO6_SOURCE or GRADIO_KIT_PYTHON6): the 6.x layer is skipped"
  echo "absent:no Gradio 6.25 sources at $SOURCE"
  exit 0
fi

stamp() { echo "$ROOT.stamps/$1"; }
done_step() { [ -f "$(stamp "$1")" ] && [ "$(cat "$(stamp "$1")")" = "$RECIPE" ]; }
mark_done() { echo "$RECIPE" > "$(stamp "$1")"; }
# Runs a command inside the chroot with its own /proc, in a private mount namespace so nothing stays mounted.
in_chroot() {
  unshare --mount --propagation private -- sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$ROOT" "$@"
}

# The machine may set PYTHONDONTWRITEBYTECODE (this one does), so nothing ever wrote Gradio's .pyc and
# every server start compiled its modules again: about 0.3 s of CPU on each of the suite's ~100 starts.
# Also run on a cached chroot built before this step existed.
compile_bytecode() {
  CURRENT_STEP="bytecode of Gradio's own packages"
  done_step bytecode && return 0
  log "step 6/6: bytecode of Gradio's own packages"
  local tree=/usr/local/lib/python3.13/dist-packages out
  [ "$MAJOR" = 5 ] || tree="/opt/gradio-$GRADIO_VERSION"
  out=$(in_chroot python3 -m compileall -q -j 0 "$tree" 2>&1) || fail "compileall $tree failed: $(echo "$out" | tail -n 5)"
  mark_done bytecode
}

CURRENT_STEP="check prerequisites"
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap and chroot); or set GRADIO_KIT_PYTHON to a python that can import gradio"
mkdir -p "$CACHE" || fail "cannot create the cache folder $CACHE"
df_free_kb=$(df -Pk "$CACHE" | awk 'NR==2 {print $4}')
if [ ! -f "$(stamp done)" ] && [ "${df_free_kb:-0}" -lt 1500000 ]; then
  fail "less than 1.5 GB free under $CACHE ($((df_free_kb / 1024)) MB): the chroot needs about 600 MB"
fi

exec 9>"$CACHE/provision-$MAJOR.lock"
if ! flock -n 9; then
  log "another process is provisioning; waiting for it"
  flock 9
fi

mkdir -p "$ROOT.stamps"
if done_step done && [ -x "$ROOT/usr/bin/python3" ]; then
  compile_bytecode
  log "cached: $ROOT"
  echo "chroot:$ROOT"
  exit 0
fi

CURRENT_STEP="host tools"
missing=()
for tool in debootstrap unshare chroot npm tar; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [[ " ${missing[*]} " == *" debootstrap "* ]]; then
    log "installing debootstrap from Debian"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; } \
      || fail "apt-get could not install debootstrap (are Debian's archives reachable?)"
  fi
  for tool in unshare chroot npm tar; do command -v "$tool" >/dev/null || fail "missing tool: $tool"; done
fi

CURRENT_STEP="find the Debian mirror"
mirror="${DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror=$(grep -hsE '^\s*URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n 1 || true)
fi
if [ -z "$mirror" ]; then
  mirror=$(grep -hsE '^\s*deb\s' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}' | grep -v security | head -n 1 || true)
fi
[ -n "$mirror" ] || fail "no Debian mirror found in /etc/apt sources; set DEBIAN_MIRROR"
log "Debian mirror: $mirror"

CURRENT_STEP="debootstrap $SUITE"
if ! done_step debootstrap; then
  log "step 1/6: debootstrap --variant=minbase $SUITE (about 20 s)"
  rm -rf "$ROOT"
  debootstrap --variant=minbase "$SUITE" "$ROOT" "$mirror" > "$CACHE/debootstrap-$MAJOR.log" 2>&1 \
    || { FAILED_REPORTED=1; fail "debootstrap failed; last lines of $CACHE/debootstrap.log: $(tail -n 5 "$CACHE/debootstrap-$MAJOR.log" | tr '\n' ' ')"; }
  mark_done debootstrap
fi

CURRENT_STEP="Debian packages"
if ! done_step packages; then
  log "step 2/6: Python and Gradio's dependencies from Debian $SUITE (about 30 s for trixie, 2 min for sid)"
  # The machine's clock can be ahead of the mirror's Release files.
  echo 'Acquire::Check-Valid-Until "false";' > "$ROOT/etc/apt/apt.conf.d/99gradio-kit-no-valid-until"
  echo "deb $mirror $SUITE main" > "$ROOT/etc/apt/sources.list"
  if [ ${#SID_PACKAGES[@]} -gt 0 ]; then
    echo "deb $mirror sid main" >> "$ROOT/etc/apt/sources.list"
    printf 'Package: *\nPin: release n=sid\nPin-Priority: 100\n' > "$ROOT/etc/apt/preferences.d/sid-low"
  fi
  rm -f "$ROOT/etc/apt/sources.list.d/"*.sources
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
  in_chroot /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get update -qq > "$CACHE/apt-$MAJOR.log" 2>&1 \
    || { FAILED_REPORTED=1; fail "apt-get update in the chroot failed: $(tail -n 5 "$CACHE/apt-$MAJOR.log" | tr '\n' ' ')"; }
  in_chroot /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${PACKAGES[@]}" "${SID_PACKAGES[@]+"${SID_PACKAGES[@]}"}" >> "$CACHE/apt-$MAJOR.log" 2>&1 \
    || { FAILED_REPORTED=1; fail "apt-get install in the chroot failed ($(grep -E '^E:' "$CACHE/apt-$MAJOR.log" | tail -n 3 | tr '\n' ' ')): $(tail -n 5 "$CACHE/apt-$MAJOR.log" | tr '\n' ' ')"; }
  in_chroot apt-get clean >/dev/null 2>&1 || true
  mark_done packages
fi

if [ "$MAJOR" = 5 ]; then
SITE="$ROOT/usr/local/lib/python3.13/dist-packages"
CURRENT_STEP="Gradio wheels from $LITE_PACKAGE"
if ! done_step wheels; then
  log "step 3/6: Gradio $GRADIO_VERSION wheels from the npm package $LITE_PACKAGE"
  downloads="$CACHE/downloads"
  mkdir -p "$downloads"
  tarball="$downloads/gradio-lite-${GRADIO_VERSION}.tgz"
  if [ ! -s "$tarball" ]; then
    (cd "$downloads" && npm pack --silent "$LITE_PACKAGE" > /dev/null 2> "$CACHE/npm-pack.log") \
      || { FAILED_REPORTED=1; fail "npm pack $LITE_PACKAGE failed: $(tail -n 3 "$CACHE/npm-pack.log" | tr '\n' ' ')"; }
  fi
  rm -rf "$downloads/package"
  tar -xzf "$tarball" -C "$downloads" package/dist/assets \
    || { FAILED_REPORTED=1; rm -f "$tarball"; fail "the tarball of $LITE_PACKAGE is damaged; removed it, run again"; }
  mkdir -p "$SITE"
  for wheel in "$downloads"/package/dist/assets/gradio-*.whl "$downloads"/package/dist/assets/gradio_client-*.whl; do
    [ -f "$wheel" ] || fail "no wheel in $LITE_PACKAGE at $wheel"
    # A wheel is a zip; the chroot's Python unpacks it (no unzip tool needed on the host).
    cp "$wheel" "$ROOT/tmp/"
    in_chroot python3 -m zipfile -e "/tmp/$(basename "$wheel")" /usr/local/lib/python3.13/dist-packages \
      || fail "could not unpack $(basename "$wheel")"
    rm -f "$ROOT/tmp/$(basename "$wheel")"
  done
  rm -rf "$downloads/package"
  mark_done wheels
fi

CURRENT_STEP="overlay (stand-ins and page template)"
if ! done_step overlay; then
  log "step 4/6: stand-ins for safehttpx and ffmpy, and Gradio's page template"
  cp "$OVERLAY/safehttpx.py" "$OVERLAY/ffmpy.py" "$SITE/"
  mkdir -p "$SITE/gradio/templates/frontend"
  cp "$OVERLAY/index.html" "$SITE/gradio/templates/frontend/index.html"
  mkdir -p "$ROOT/srv/apps"
  mark_done overlay
fi

fi

if [ "$MAJOR" = 6 ]; then
# Gradio 6.25's packages, copied so that Gradio can write its .pyi stubs next to its modules (../shared is
# read-only where the tests run), and put on sys.path with a .pth file.
SITE6="/opt/gradio-$GRADIO_VERSION"
CURRENT_STEP="Gradio $GRADIO_VERSION packages from $SOURCE"
if ! done_step sources; then
  log "step 3/6: Gradio $GRADIO_VERSION's own packages from $SOURCE"
  rm -rf "${ROOT:?}$SITE6"
  mkdir -p "$ROOT$SITE6"
  for pair in gradio:gradio client/python/gradio_client:gradio_client deps/groovy/groovy:groovy \
    deps/safehttpx/safehttpx:safehttpx deps/hf-gradio/src/hf_gradio:hf_gradio; do
    from="$SOURCE/${pair%%:*}"
    [ -d "$from" ] || fail "missing package folder $from"
    cp -r "$from" "$ROOT$SITE6/${pair##*:}"
  done
  chmod -R u+w "$ROOT$SITE6"
  purelib=$(in_chroot python3 -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') \
    || fail "the chroot's python3 does not run"
  mkdir -p "$ROOT$purelib"
  echo "$SITE6" > "$ROOT$purelib/gradio-kit-gradio6.pth"
  mark_done sources
fi

CURRENT_STEP="overlay (page template)"
if ! done_step overlay; then
  log "step 4/6: Gradio's page template"
  mkdir -p "$ROOT$SITE6/gradio/templates/frontend"
  cp "$OVERLAY/index.html" "$ROOT$SITE6/gradio/templates/frontend/index.html"
  mkdir -p "$ROOT/srv/apps"
  mark_done overlay
fi

fi

CURRENT_STEP="first import of gradio"
if ! done_step first-import; then
  log "step 5/6: first import of gradio (writes its .pyi stubs)"
  out=$(in_chroot /usr/bin/env GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 \
    python3 -c 'import gradio; print(gradio.__version__)' 2>&1) || fail "import gradio failed: $(echo "$out" | tail -n 5)"
  version=$(echo "$out" | tail -n 1)
  [ "$version" = "$GRADIO_VERSION" ] || fail "expected gradio $GRADIO_VERSION, got: $out"
  mark_done first-import
fi

compile_bytecode

mark_done done
log "ready: Gradio $GRADIO_VERSION in $ROOT"
echo "chroot:$ROOT"
