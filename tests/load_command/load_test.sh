#!/usr/bin/env bash
# One promise of `ucwa-conform load`, named by $1 (a load mutant's name after "mutant." or
# "sequential."). Prints why it failed; exits non-zero then.
set -uo pipefail

case_name=$1
conform=$2
server=$3
schema=$4

source "$(dirname "$0")/../end_to_end/case_setup.sh"

token=load-token
source "$(dirname "$0")/../end_to_end/reference_server.sh"

# run_load ARGS...: ucwa-conform load, output in $work/out, status in $status, reports in
# $work/reports/load/.
run_load() {
  (cd "$work" && "$conform" load --quiet "$@") >"$work/out" 2>&1
  status=$?
}

expect_status() { [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"; }

# The last line is the plain summary; the reports are there and the JUnit file is valid.
expect_reports() {
  last=$(tail -n 1 "$work/out")
  [[ "$last" =~ ^[0-9]+\ passed,\ [0-9]+\ failed,\ [0-9]+\ skipped$ ]] || fail "last line is not the summary: '$last'"
  for file in junit.xml load.json load.html; do
    [ -s "$work/reports/load/$file" ] || fail "no $file"
  done
  xmllint --noout --schema "$schema" "$work/reports/load/junit.xml" 2>"$work/xmllint.log" || fail "schema: $(cat "$work/xmllint.log")"
}

# The classnames of the failing testcases, sorted, one line.
failing() { xmllint --xpath '//testcase[failure]/@classname' "$work/reports/load/junit.xml" 2>/dev/null | grep -o 'Load\.[A-Za-z0-9-]*' | sort | tr '\n' ' '; }

# load_json_field PYTHON_EXPRESSION: evaluated on load.json as `d`.
load_json() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$work/reports/load/load.json" "$1"; }

case "$case_name" in
  embedded_server_passes_with_every_report)
    run_load --escalations 200
    expect_status 0
    expect_reports
    [ "$(load_json 'd["kind"]')" = "ucwa-conform load" ] || fail "load.json is not a load result"
    [ "$(load_json 'd["escalations"]')" = 200 ] || fail "not 200 escalations"
    [ -z "$(failing)" ] || fail "failing testcases: $(failing)"
    grep -q '<svg' "$work/reports/load/load.html" || fail "load.html has no chart"
    ;;
  reference_server_holds_the_contract_at_default_concurrency)
    start_server
    run_load --target "$url" --token "$token" --escalations 200
    expect_status 0
    expect_reports
    [ "$(load_json 'd["violations"]')" = 0 ] || fail "violations: $(load_json 'd["violations"]')"
    [ "$(load_json 'sum(sum(e.values()) for e in d["errors"].values())')" = 0 ] || fail "errors: $(load_json 'd["errors"]')"
    [ "$(load_json 'd["concurrency"]')" = 8 ] || fail "not the default concurrency of 8"
    for clause in LOAD-1 LOAD-2 LOAD-3 RES-4 AVI-ECHO-1; do
      [ "$(load_json "[c['judged'] for c in d['clauses'] if c['clause'] == '$clause'][0]")" = 200 ] || fail "$clause was not judged on every escalation"
    done
    ;;
  both_formats_pass)
    start_server
    run_load --target "$url" --token "$token" --escalations 100 --format both
    expect_status 0
    expect_reports
    ;;
  p99_threshold_breaks)
    run_load --escalations 50 --max-p99-ms 0.001
    expect_status 1
    expect_reports
    [ "$(failing)" = "Load.Threshold " ] || fail "failing testcases: $(failing)"
    xmllint --xpath '//testcase[@classname="Load.Threshold" and @name="max-p99-ms"]/failure' "$work/reports/load/junit.xml" >/dev/null 2>&1 || fail "no failing max-p99-ms testcase"
    ;;
  usage_errors_exit_2_and_unreachable_exits_3)
    for flags in "--concurrency 0" "--escalations 5 --duration 5" "--max-error-rate 1.5" "--max-p99-ms -1" "--waivers w.json" "--gtest_filter=x" "--no-such-flag"; do
      # shellcheck disable=SC2086
      run_load $flags
      expect_status 2
      grep -q 'ucwa-conform load: ' "$work/out" || fail "$flags: no message naming the command"
    done
    run_load --target http://127.0.0.1:1 --escalations 5
    expect_status 3
    grep -q 'nothing was tested' "$work/out" || fail "unreachable target not said"
    ;;
  events.default|events.shared-application)
    # Each escalation waits for its invitation's event; on a shared application every
    # conversation names the same channel, read by one pending GET at a time.
    variant=${case_name#events.}
    if [ "$variant" = default ]; then start_server; else start_server --variant "$variant"; fi
    run_load --target "$url" --token "$token" --escalations 40 --format both
    expect_status 0
    expect_reports
    [ "$(load_json 'd["latency"].get("event", {}).get("count")')" = 40 ] || fail "event latencies: $(load_json 'd["latency"].get("event")')"
    [ "$(load_json "[c['judged'] for c in d['clauses'] if c['clause'] == 'EVT-1'][0]")" = 40 ] || fail "EVT-1 was not judged on every escalation"
    [ "$(load_json 'd["violations"]')" = 0 ] || fail "violations: $(load_json 'd["violations"]')"
    [ "$(load_json 'd["requests"]')" = 120 ] || fail "the event waits were counted as requests: $(load_json 'd["requests"]')"
    ;;
  events.no-invitation-event)
    start_server --mutant no-invitation-event
    run_load --target "$url" --token "$token" --escalations 12 --event-wait-ms 500
    expect_status 1
    expect_reports
    [ "$(failing)" = "Load.EVT-1 " ] || fail "failing testcases: $(failing); expected Load.EVT-1"
    xmllint --xpath "string(//testcase[@classname='Load.EVT-1']/failure)" "$work/reports/load/junit.xml" >"$work/failure.txt"
    grep -qE 'escalation [0-9a-f]{32}' "$work/failure.txt" || fail "EVT-1's failure names no operationId: $(head -5 "$work/failure.txt")"
    grep -q 'came within 500 ms' "$work/failure.txt" || fail "EVT-1's failure does not say the wait: $(head -5 "$work/failure.txt")"
    [ "$(load_json 'd["latency"].get("event", {}).get("count", 0)')" = 0 ] || fail "event latencies without events"
    ;;
  events.no-event-channel)
    # Without `events` the run is as before: no event latency, EVT-1 not among the clauses.
    start_server --variant no-event-channel
    run_load --target "$url" --token "$token" --escalations 40
    expect_status 0
    expect_reports
    [ "$(load_json '"event" in d["latency"]')" = False ] || fail "event latencies without a channel: $(load_json 'd["latency"]["event"]')"
    [ "$(load_json "[c['clause'] for c in d['clauses'] if c['clause'].startswith('EVT-')]")" = "[]" ] || fail "EVT clauses judged without a channel"
    ;;
  mutant.*)
    mutant=${case_name#mutant.}
    declared=$("$server" --list-load-mutants | awk -F'\t' -v m="$mutant" '$1 == m { print $2 }')
    [ -n "$declared" ] || fail "no load mutant $mutant"
    start_server --mutant "$mutant"
    # --strict, as the mutation matrix: a mutant's SHOULD-level clauses fail too.
    run_load --target "$url" --token "$token" --escalations 200 --strict
    expect_status 1
    expect_reports
    expected=$(for clause in $declared; do echo "Load.$clause"; done
               [ "$mutant" = errors-beyond-a-few-in-flight ] && echo "Load.Threshold")
    expected=$(echo "$expected" | sort | tr '\n' ' ')
    [ "$(failing)" = "$expected" ] || fail "failing testcases: $(failing); expected $expected"
    for clause in $declared; do
      [[ $clause == LOAD-* ]] || continue
      xmllint --xpath "string(//testcase[@classname='Load.$clause']/failure)" "$work/reports/load/junit.xml" >"$work/failure.txt"
      grep -qE 'escalation [0-9a-f]{32}, given what belongs to escalation [0-9a-f]{32}' "$work/failure.txt" || fail "$clause's failure does not name both escalations: $(head -5 "$work/failure.txt")"
    done
    ;;
  sequential.*)
    # Only load finds the load mutants: one request at a time, the suites pass.
    mutant=${case_name#sequential.}
    start_server --mutant "$mutant"
    (cd "$work" && "$conform" --target "$url" --token "$token" --strict --quiet --evidence none --junit "$work/seq/junit.xml") >"$work/out" 2>&1
    status=$?
    expect_status 0
    ;;
  *)
    fail "no such case"
    ;;
esac
echo "PASS [$case_name]"
