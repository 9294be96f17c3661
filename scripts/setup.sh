#!/usr/bin/env bash
# Installs everything gradio-kit needs on a fresh machine of this kind (Debian 12, Node >= 20, root), and
# nothing twice: Debian's Chromium (browser tests, e2e, demo checks), the npm packages (`npm ci`), and real
# Gradio 5.14 and 6.25 servers in cached chroots (scripts/provision-gradio.sh 5|6; 6.25 only where its sources
# are beside the repository, ../shared/gradio-6.25). Each step says what failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n[setup] %s\n' "$*"; }
fail() { printf '[setup] FAILED: %s\n' "$*" >&2; exit 1; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 20 ] || fail "Node.js >= 20 is needed (found: $(node --version 2>/dev/null || echo none))"

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  step "installing Debian's chromium"
  [ "$(id -u)" = 0 ] || fail "chromium is missing and installing it needs root: apt-get install chromium"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
    || fail "apt-get could not install chromium"
fi

# npm ci only when package-lock.json changed since the last install.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.gradio-kit-lock ] || [ "$(cat node_modules/.gradio-kit-lock)" != "$lock_hash" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
  echo "$lock_hash" > node_modules/.gradio-kit-lock
fi

if [ "${GRADIO_KIT_SKIP_GRADIO:-0}" != 1 ]; then
  step "real Gradio 5.14 server (cached after the first run)"
  bash scripts/provision-gradio.sh 5 >/dev/null || fail "provisioning the Gradio 5.14 server failed (see above)"
  step "real Gradio 6.25 server (cached after the first run, about 3 minutes the first time)"
  bash scripts/provision-gradio.sh 6 >/dev/null || fail "provisioning the Gradio 6.25 server failed (see above)"
fi
step "ready"
