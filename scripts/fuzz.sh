#!/usr/bin/env bash
# Builds the libFuzzer targets (build-fuzz/: clang++, ASan, UBSan) and runs them.
#   ./scripts/fuzz.sh TARGET SECONDS   run one target for SECONDS
#   ./scripts/fuzz.sh --all SECONDS    run every target for SECONDS each
#   ./scripts/fuzz.sh --list           the targets
# Each run starts from the committed seeds (tests/fuzz/seeds/TARGET/) and the corpus it grew
# before (build-fuzz/corpus/TARGET/); crashes, leaks and timeouts land in
# build-fuzz/findings/TARGET/. Exits 3 when clang++ is missing, 1 when a target found something.
# FUZZ_MAX_LEN (default 16384) bounds the input size.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(json_resource xml_resource json_events xml_events reason data_uri media_type url sdp)
usage() {
  echo "usage: $0 TARGET SECONDS | --all SECONDS | --list   (targets: ${targets[*]})" >&2
  exit 2
}

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi
[ $# -eq 2 ] || usage
[[ "$2" =~ ^[0-9]+$ ]] || usage
seconds=$2
if [ "$1" = "--all" ]; then
  chosen=("${targets[@]}")
else
  [[ " ${targets[*]} " == *" $1 "* ]] || usage
  chosen=("$1")
fi

if ! command -v clang++ >/dev/null 2>&1; then
  echo "ucwa-conform: fuzzing needs clang++ with libFuzzer (apt-get install clang)" >&2
  exit 3
fi

build_dir=build-fuzz
launcher=()
if command -v ccache >/dev/null 2>&1; then
  # Paths relative to the checkout: a clone elsewhere reuses what another clone compiled.
  export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset fuzz "${launcher[@]}" >"$build_dir.configure.log" 2>&1 || {
  cat "$build_dir.configure.log" >&2
  echo "ucwa-conform: configuring the fuzz build failed (log above)" >&2
  exit 2
}
rm -f "$build_dir.configure.log"
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" \
  --target "${chosen[@]/#/ucwa-fuzz-}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=()
for target in "${chosen[@]}"; do
  corpus="$build_dir/corpus/$target"
  findings="$build_dir/findings/$target"
  mkdir -p "$corpus" "$findings"
  echo "== fuzz $target for ${seconds}s"
  if ! "$build_dir/fuzz/ucwa-fuzz-$target" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-16384}" -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" "tests/fuzz/seeds/$target" 2>"$build_dir/$target.log"; then
    failed+=("$target")
    tail -n 40 "$build_dir/$target.log" >&2
  fi
  grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$build_dir/$target.log" |
    sed "s/^/   $target /" || true
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "ucwa-conform: fuzzing found inputs to look at in ${failed[*]} (see $build_dir/findings/)" >&2
  exit 1
fi
