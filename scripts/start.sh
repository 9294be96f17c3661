#!/usr/bin/env bash
# The main job (`npm start`): set up a fresh machine if needed, build, then serve the demo page on loopback
# with every example app running on the real Gradio server. PORT picks the page's port (default 8080).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The Gradio chroots build in the background during the kit's build; the demo's first server start waits for them.
GRADIO_KIT_GRADIO_DETACHED=1 bash scripts/setup.sh
npm run --silent build
exec npx tsx scripts/demo.ts
