#!/usr/bin/env bash
# Checks the built package as users install it: publint (package.json and files) and arethetypeswrong
# (types resolve for each entry: client and themes in Node ESM, CJS and bundlers; the element entries and
# the React and Vue wrappers, which are ESM, under the ESM-only profile).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm pack --silent --pack-destination "$tmp" > /dev/null
tarball=$(ls "$tmp"/*.tgz)
npx publint run "$tarball" --strict
npx attw "$tarball" --profile node16 --entrypoints ./client ./themes
# Stencil writes extensionless relative imports in its declarations: fine for bundlers (these entries are
# for bundlers and browsers), not for Node16 ESM resolution, hence the ignored rule.
npx attw "$tarball" --profile esm-only --ignore-rules internal-resolution-error --entrypoints . ./loader ./components/gr-button ./react ./vue
