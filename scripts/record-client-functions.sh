#!/bin/sh
# Records tests/fixtures/client-functions.json: the corpus of client-side functions (`js=True`) of
# scripts/client-functions-corpus.py, each with the JavaScript that Gradio 6.25's transpiler (groovy) emits
# for it, the Python function's own result for every sample input, and what that JavaScript gives when a
# JavaScript engine runs it as the official frontend does (scripts/client-functions-js-results.mjs).
#
# Usage: scripts/record-client-functions.sh   (as root; provisions Gradio 6.25 first when needed)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
runtime=$("$repo/scripts/provision-gradio.sh" 6 | tail -n 1)
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
case "$runtime" in
  chroot:*)
    root=${runtime#chroot:}
    # A private mount namespace: the chroot gets its own /proc and sees scripts/ at /mnt.
    unshare --mount --propagation private -- sh -c \
      'mount -t proc proc "$0/proc" && mount --bind "$1" "$0/mnt" && exec chroot "$0" /usr/bin/env GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 python3 /mnt/client-functions-corpus.py' \
      "$root" "$repo/scripts" >"$raw"
    ;;
  python:*)
    GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 "${runtime#python:}" "$repo/scripts/client-functions-corpus.py" >"$raw"
    ;;
  *)
    echo "record-client-functions: unexpected runtime line: $runtime" >&2
    exit 1
    ;;
esac
node "$repo/scripts/client-functions-js-results.mjs" "$raw" >"$repo/tests/fixtures/client-functions.json"
echo "wrote tests/fixtures/client-functions.json" >&2
