#!/usr/bin/env bash
# Configures and builds the project: build/ by default, build-asan/ with --sanitize.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUCWA_WARNINGS_AS_ERRORS=ON)
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  cmake_args+=(-DUCWA_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)  # unoptimised: builds faster
fi

if ! command -v ninja >/dev/null 2>&1; then
  cmake_args=("${cmake_args[@]:2}")  # no Ninja: CMake's default generator
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" "${cmake_args[@]}" >"$build_dir.configure.log" 2>&1 || {
    cat "$build_dir.configure.log" >&2
    echo "ucwa-conform: configuring the build failed (log above)" >&2
    exit 2
  }
  rm -f "$build_dir.configure.log"
fi
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
