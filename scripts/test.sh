#!/usr/bin/env bash
# Installs what is missing, builds, and runs the project's own tests with ctest.
#   ./scripts/test.sh             the normal build (build/)
#   ./scripts/test.sh --sanitize  the same tests built with ASan and UBSan (build-asan/)
# The normal mode then runs every libFuzzer target briefly when clang++ is installed
# (scripts/fuzz.sh, build-fuzz/), and says so when it is not.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh --tests
./scripts/build.sh "$@"
build_dir=build
skip=()
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  # The proofs (the mutation matrix, the canned-target runs) re-run the same harness code some
  # 250 times to prove its logic, and the hostile-server runs mostly wait out timeouts; the
  # sanitizers gain nothing from either, which cost minutes. The readers' and the client's own
  # hostile tests, the fuzz seeds and the end-to-end tests still run under the sanitizers.
  skip=(--label-exclude "proof|hostile")
fi
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "${skip[@]}"

if [ "${1:-}" != "--sanitize" ]; then
  fuzz_seconds=5
  if command -v clang++ >/dev/null 2>&1; then
    echo "ucwa-conform: clang++ found: running each fuzz target for ${fuzz_seconds}s (scripts/fuzz.sh)"
    ./scripts/fuzz.sh --all "$fuzz_seconds"
  else
    echo "ucwa-conform: clang++ not found: fuzz targets skipped (apt-get install clang to run them)"
  fi
fi
