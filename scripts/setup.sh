#!/usr/bin/env bash
# Installs everything gradio-kit needs on a fresh machine of this kind (Debian 12, Node >= 20, root), and
# nothing twice: Debian's Chromium (browser tests, e2e, demo checks), the npm packages (`npm ci`), and real
# Gradio 5.14 and 6.25 servers in cached chroots (scripts/provision-gradio.sh 5|6; 6.25 only where its sources
# are beside the repository, ../shared/gradio-6.25). Each step says what failed.
#
# The two chroots are built side by side, while Chromium and the npm packages install: on a fresh machine they
# are minutes of downloads and unpacking, most of it waiting on the network and the disk.
#
# Environment:
#   GRADIO_KIT_SKIP_GRADIO=1     no Gradio servers
#   GRADIO_KIT_GRADIO_DETACHED=1 leave the chroots building in the background when the rest is done, for a
#                                caller with other work to do meanwhile (`npm test` builds the kit). Whatever
#                                starts a server later waits for them: `scripts/provision-gradio.sh` takes a
#                                lock per chroot, and a second call waits for the first, then reports its result
#                                (or its error, retrying the failed step).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n[setup] %s\n' "$*"; }
fail() { printf '[setup] FAILED: %s\n' "$*" >&2; exit 1; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 20 ] || fail "Node.js >= 20 is needed (found: $(node --version 2>/dev/null || echo none))"

# Debian packages of the machine itself: one `apt-get update` for whatever is missing.
apt_updated=0
apt_install() {
  [ "$(id -u)" = 0 ] || fail "$1 is missing and installing it needs root: apt-get install $1"
  if [ "$apt_updated" = 0 ]; then
    apt-get update -qq || fail "apt-get update failed (are Debian's archives reachable?)"
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null || fail "apt-get could not install $1"
}

gradio=1
[ "${GRADIO_KIT_SKIP_GRADIO:-0}" = 1 ] && gradio=0
provision_logs=""
provision_pids=()
if [ "$gradio" = 1 ]; then
  # debootstrap builds the chroots; installed here, before both start, rather than by each of them at once
  # (two apt-get runs would fight over dpkg's lock). Not needed when both majors use a python given by the user.
  if { [ -z "${GRADIO_KIT_PYTHON:-}" ] || [ -z "${GRADIO_KIT_PYTHON6:-}" ]; } && ! command -v debootstrap >/dev/null; then
    step "installing Debian's debootstrap (builds the Gradio chroots)"
    apt_install debootstrap
  fi
  provision_logs=$(mktemp -d /tmp/gradio-kit-provision.XXXXXX)
  step "real Gradio 5.14 and 6.25 servers, built side by side (cached after the first run; about 3 minutes the first time; logs: $provision_logs)"
  for major in 5 6; do
    bash scripts/provision-gradio.sh "$major" >"$provision_logs/$major.out" 2>"$provision_logs/$major.err" &
    provision_pids+=("$!")
  done
fi

# Chromium downloads from Debian while npm ci downloads from npm.
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
chromium_pid=""
if [ ! -x "$chromium_bin" ]; then
  step "installing Debian's chromium (alongside npm ci)"
  apt_install chromium &
  chromium_pid=$!
fi

# npm ci only when package-lock.json changed since the last install.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.gradio-kit-lock ] || [ "$(cat node_modules/.gradio-kit-lock)" != "$lock_hash" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
  echo "$lock_hash" > node_modules/.gradio-kit-lock
fi

if [ -n "$chromium_pid" ]; then wait "$chromium_pid" || fail "installing chromium failed (see above)"; fi

if [ "$gradio" = 1 ]; then
  if [ "${GRADIO_KIT_GRADIO_DETACHED:-0}" = 1 ]; then
    step "the Gradio chroots go on in the background; the first server start waits for them"
  else
    step "waiting for the Gradio chroots"
    for i in 0 1; do
      major=$((i + 5))
      if ! wait "${provision_pids[$i]}"; then
        cat "$provision_logs/$major.err" >&2
        fail "provisioning the Gradio $major server failed (see above; its log: $provision_logs/$major.err)"
      fi
    done
  fi
fi
step "ready"
