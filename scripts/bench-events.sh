#!/usr/bin/env bash
# Prints what the event tests cost: the full run against the embedded reference server, and the
# same run without the Events and EventChannel areas, each the median of several runs, and their
# ratio (the goal: the event tests add at most half). Figures only; nothing here passes or fails.
#   scripts/bench-events.sh [RUNS]     default 7 runs of each
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
case "$runs" in '' | *[!0-9]* | 0) echo "usage: scripts/bench-events.sh [RUNS > 0]" >&2; exit 2 ;; esac

conform=build/bin/ucwa-conform
if [ ! -x "$conform" ]; then
  ./scripts/build.sh --programs >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median wall time in milliseconds of `runs` runs with the given filter.
median_ms() {
  local filter=$1 times=() i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    (cd "$work" && "$OLDPWD/$conform" --quiet --evidence none --gtest_filter="$filter" >/dev/null 2>&1) ||
      { echo "bench-events: a run failed (filter $filter); run ./scripts/run.sh to see why" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

without=$(median_ms '-Events.*:EventChannel.*')
with=$(median_ms '*')
echo "full run without the event tests: ${without} ms (median of $runs)"
echo "full run with the event tests:    ${with} ms (median of $runs)"
awk -v a="$without" -v b="$with" 'BEGIN { printf "growth: %.0f%% (goal: at most 50%%)\n", (b - a) * 100 / a }'
