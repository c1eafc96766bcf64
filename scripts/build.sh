#!/usr/bin/env bash
# Configures and builds the project with a CMake preset (CMakePresets.json):
#   scripts/build.sh             everything, preset ci, into build/
#   scripts/build.sh --programs  only ucwa-conform and ucwa-reference-server, into build/
#   scripts/build.sh --package   the two programs and their man pages, into build/
#   scripts/build.sh --sanitize  everything with ASan and UBSan, preset asan, into build-asan/
# Configuring again every time keeps build/ in step with the preset's options.
set -euo pipefail
cd "$(dirname "$0")/.."

configure=ci build=ci
case "${1:-}" in
  --programs) configure=programs build=programs ;;
  --package) configure=programs build=package ;;
  --sanitize) configure=asan build=asan ;;
  "") ;;
  *) echo "usage: scripts/build.sh [--programs | --package | --sanitize]" >&2; exit 2 ;;
esac

launcher=()
if command -v ccache >/dev/null 2>&1; then
  # Paths relative to the checkout: a clone elsewhere reuses what another clone compiled.
  export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
echo "ucwa-conform: configuring (CMake preset $configure)" >&2
log=$(mktemp)
if ! cmake --preset "$configure" "${launcher[@]}" >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "ucwa-conform: configuring the build failed (log above)" >&2
  exit 2
fi
rm -f "$log"
cmake --build --preset "$build" --parallel "$(nproc 2>/dev/null || echo 2)"
