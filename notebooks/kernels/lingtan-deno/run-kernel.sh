#!/bin/sh
# Starts the Deno Jupyter kernel from this repository's node_modules (the pinned `deno` devDependency
# that `npm ci` installs), so the kernel needs no `deno jupyter --install` and no global Deno.
# Jupyter runs: sh <this dir>/run-kernel.sh <connection file>   (see kernel.json, {resource_dir})
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../../.." && pwd)
deno="$root/node_modules/.bin/deno"
if [ ! -x "$deno" ]; then
  echo "lingtan-deno kernel: $deno not found; run 'npm ci' in $root first" >&2
  exit 1
fi
# No update check (a network call), no interactive permission prompts inside the kernel.
export DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1
exec "$deno" jupyter --kernel --conn "$1"
