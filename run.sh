#!/usr/bin/env bash
# The two commands a fresh machine needs:  ./run.sh start   (site + CMS with demo content)
#                                          ./run.sh test    (every test suite)
# Installs Node 24 and pnpm into .tools/ when missing (scripts/bootstrap.sh), then the workspace.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/bootstrap.sh
# node_modules linked from another store (before .tools/pnpm-store) are relinked without a prompt.
pnpm install --frozen-lockfile --config.confirm-modules-purge=false
case "${1:-start}" in
  start) pnpm start ;;
  test) pnpm build && pnpm test ;;
  *) pnpm "$@" ;;
esac
