#!/usr/bin/env bash
# Benchmarks `ucwa-conform load` against the reference server and, in the same run, wrk sending
# the same conversation + escalation pair without judging anything. Prints both throughputs and
# their ratio, the harness's CPU time per escalation, and the peak memory of a 10,000-escalation
# load run. It prints figures and asserts nothing (machines are noisy).
#   scripts/bench-load.sh [SECONDS]    each throughput run lasts SECONDS (default 5)
# Environment: BENCH_CONCURRENCY (default 8), BENCH_MEMORY_ESCALATIONS (default 10000).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-5}
concurrency=${BENCH_CONCURRENCY:-8}
memory_escalations=${BENCH_MEMORY_ESCALATIONS:-10000}
conform=build/bin/ucwa-conform
server=build/bin/ucwa-reference-server
token=bench-token

./scripts/deps.sh --bench
if [ ! -x "$conform" ] || [ ! -x "$server" ]; then
  [ -d build ] && cmake --build build --target ucwa-conform ucwa-reference-server || ./scripts/build.sh --programs
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A fresh reference server for each measurement, so that neither inherits the other's state.
start_server() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  "$server" --port 0 --token "$token" >"$work/server.log" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(sed -n '1s/^listening on //p' "$work/server.log")
    [ -n "$url" ] && return 0
    sleep 0.05
  done
  echo "bench-load: the reference server did not start: $(cat "$work/server.log")" >&2
  exit 2
}

# figure FILE EXPRESSION: a figure of a load.json (as `d`).
figure() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }

echo "bench-load: $seconds s each, $concurrency in flight, on $(nproc) cores"

start_server
"$conform" load --target "$url" --token "$token" --concurrency "$concurrency" \
  --duration "$seconds" --quiet --junit "$work/load/junit.xml" >"$work/load.out" 2>&1 || {
  echo "bench-load: the load run failed:"; tail -5 "$work/load.out"; exit 1; }
load_rate=$(figure "$work/load/load.json" 'round(d["escalationsPerSecond"], 1)')
load_count=$(figure "$work/load/load.json" 'd["escalations"]')
cpu_ms=$(figure "$work/load/load.json" 'round(1000 * d["cpuSeconds"] / max(d["escalations"], 1), 3)')

start_server
wrk -t 1 -c "$concurrency" -d "${seconds}s" -s "$PWD/scripts/bench/escalate.lua" "$url" -- "$token" \
  >"$work/wrk.out" 2>&1 || { echo "bench-load: wrk failed:"; cat "$work/wrk.out"; exit 1; }
wrk_count=$(sed -n 's/^wrk-escalations //p' "$work/wrk.out")
wrk_failures=$(sed -n 's/^wrk-failures //p' "$work/wrk.out")
wrk_seconds=$(sed -n 's/^wrk-seconds //p' "$work/wrk.out")
wrk_rate=$(python3 -c "print(round($wrk_count / $wrk_seconds, 1))")

start_server
/usr/bin/time -v "$conform" load --target "$url" --token "$token" --concurrency "$concurrency" \
  --escalations "$memory_escalations" --quiet --junit "$work/memory/junit.xml" \
  >"$work/memory.out" 2>"$work/memory.time" || {
  echo "bench-load: the memory run failed:"; tail -5 "$work/memory.out"; exit 1; }
peak_kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$work/memory.time")

printf 'load mode: %s escalations, %s escalations/s (validated: every 201 judged, its self href fetched)\n' "$load_count" "$load_rate"
printf 'wrk:       %s escalations, %s escalations/s (%s failures, nothing judged)\n' "$wrk_count" "$wrk_rate" "$wrk_failures"
printf 'ratio load/wrk: %s (goal: at least 0.8)\n' "$(python3 -c "print(round($load_rate / max($wrk_rate, 0.001), 2))")"
printf 'harness CPU per escalation: %s ms\n' "$cpu_ms"
printf 'peak memory of a %s-escalation load run: %s MB (goal: under 64 MB)\n' "$memory_escalations" "$(python3 -c "print(round($peak_kb / 1024, 1))")"
