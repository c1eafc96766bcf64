#!/usr/bin/env bash
# One end-to-end promise of ucwa-conform, named by $1. Prints why it failed; exits non-zero then.
set -uo pipefail

case_name=$1
conform=$2
server=$3
schema=$4

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL [$case_name]: $*"; [ -f "$work/out" ] && { echo "--- output ---"; tail -40 "$work/out"; }; exit 1; }

# start_server [SERVER FLAGS...]: the reference server on a free port; its URL in $url.
start_server() {
  "$server" --port 0 --token conformance-token "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    url=$(sed -n '1s/^listening on //p' "$work/server.log")
    [ -n "$url" ] && return 0
    sleep 0.05
  done
  fail "the reference server printed no 'listening on' line: $(cat "$work/server.log")"
}

# run_conform ARGS...: runs ucwa-conform, output in $work/out, status in $status.
run_conform() {
  (cd "$work" && "$conform" "$@") >"$work/out" 2>&1
  status=$?
}

expect_status() { [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"; }

expect_summary_last() {
  last=$(tail -n 1 "$work/out")
  [[ "$last" =~ ^[0-9]+\ passed,\ [0-9]+\ failed,\ [0-9]+\ skipped$ ]] || fail "last line is not the summary: '$last'"
}

case "$case_name" in
  unsimulated_conditions_skip_with_reason)
    start_server --variant conditions-not-simulated
    run_conform --target "$url" --token conformance-token --junit "$work/run.xml"
    expect_status 0
    expect_summary_last
    grep -Eq '^[1-9][0-9]* passed, 0 failed, (1[0-9]) skipped$' "$work/out" || fail "expected every condition and token test to skip: $(tail -n 1 "$work/out")"
    for test in OperationErrors.TooManyGroups/Json OperationErrors.NoBackupPool/Xml Authorization.InitiateScopeSuffices/Json Authorization.TokenWithoutScopesForbidden/Xml; do
      reason=$(xmllint --xpath "string(//testcase[@name='${test#*.}' and @classname='${test%%.*}']/skipped/@message)" "$work/run.xml")
      [[ "$reason" == *"cannot simulate"*"501"* ]] || fail "$test: no skip reason naming the 501, got '$reason'"
    done
    ;;
  shuffled_and_repeated_runs_pass)
    run_conform --gtest_shuffle --gtest_repeat=3
    expect_status 0
    grep -Eq '^[1-9][0-9]* passed, 0 failed, 0 skipped$' "$work/out" || fail "not every test passed: $(tail -n 1 "$work/out")"
    [ "$(grep -c '^\[ RUN      \] ParameterLimits.OperationIdMissingRefused/Json' "$work/out")" -eq 3 ] || fail "not repeated three times"
    ;;
  mutant_names_expected_and_actual)
    start_server --mutant already-exists-wrong-subcode
    run_conform --target "$url" --token conformance-token --gtest_filter='OperationErrors.*'
    expect_status 1
    grep -q 'expected (409, Conflict, AlreadyExists), got (409, Conflict, TooManyGroups)' "$work/out" || fail "the failure does not show both triples"
    ;;
  conformant_server_passes)
    start_server
    run_conform --target "$url" --token conformance-token
    expect_status 0
    expect_summary_last
    grep -Eq '^[1-9][0-9]* passed, 0 failed, 0 skipped$' "$work/out" || fail "not every test passed"
    ;;
  junit_validates_and_carries_clause_properties)
    start_server
    run_conform --target "$url" --token conformance-token --junit "$work/reports/run.xml"
    expect_status 0
    [ -f "$work/reports/run.xml" ] || fail "no JUnit report at --junit"
    xmllint --noout --schema "$schema" "$work/reports/run.xml" 2>"$work/xmllint.log" || fail "schema: $(cat "$work/xmllint.log")"
    cases=$(xmllint --xpath 'count(//testcase)' "$work/reports/run.xml")
    [ "$cases" -gt 0 ] || fail "no testcase in the report"
    for property in clause level source format; do
      with=$(xmllint --xpath "count(//testcase[properties/property[@name='$property']])" "$work/reports/run.xml")
      [ "$with" -eq "$cases" ] || fail "$with of $cases testcases carry property $property"
    done
    ;;
  embedded_server_passes)
    run_conform
    expect_status 0
    expect_summary_last
    grep -q 'embedded reference server' "$work/out" || fail "does not say it tests the embedded server"
    [ -f "$work/reports/junit.xml" ] || fail "no default report at reports/junit.xml"
    ;;
  wrong_token_fails_naming_401)
    start_server
    run_conform --target "$url" --token not-the-token
    expect_status 1
    expect_summary_last
    grep -q '401' "$work/out" || fail "no failure names 401"
    ;;
  unreachable_target_exits_3)
    start=$(date +%s)
    run_conform --target http://127.0.0.1:1 --token t
    elapsed=$(( $(date +%s) - start ))
    expect_status 3
    [ "$elapsed" -le 15 ] || fail "took ${elapsed}s"
    grep -q 'cannot reach the target http://127.0.0.1:1' "$work/out" || fail "does not name the unreachable target"
    expect_summary_last
    ;;
  unknown_flag_exits_2)
    run_conform --no-such-flag
    expect_status 2
    grep -q -- '--no-such-flag' "$work/out" || fail "does not name the unknown flag"
    ;;
  bad_flag_values_exit_2)
    for args in "--format yaml" "--timeout-ms 0" "--timeout-ms abc" "--target ftp://x" "--token-file /nonexistent/token" "--cacert /nonexistent/ca.pem"; do
      # shellcheck disable=SC2086
      run_conform $args
      [ "$status" -eq 2 ] || fail "'$args' exited $status, expected 2"
    done
    ;;
  filter_matching_nothing_exits_4)
    run_conform --gtest_filter='NoSuchTest*'
    expect_status 4
    expect_summary_last
    ;;
  format_json_runs_only_json)
    start_server
    run_conform --target "$url" --token conformance-token --format json
    expect_status 0
    grep -q '^\[ *OK \] .*/Xml' "$work/out" && fail "ran an /Xml test"
    grep -q 'Created.EchoesOperationId/Json' "$work/out" || fail "did not run the /Json tests"
    ;;
  list_tests_lists_every_area)
    run_conform --gtest_list_tests
    expect_status 0
    grep -q '^Created\.' "$work/out" || fail "no Created area"
    grep -q 'EchoesOperationId/Json' "$work/out" || fail "test names are not Area.Promise/Format"
    for area in OperationErrors ParameterLimits Authorization Methods RequestBody Negotiation NotFound; do
      grep -q "^$area\." "$work/out" || fail "no $area area"
    done
    ;;
  *)
    fail "unknown case"
    ;;
esac
echo "ok [$case_name]"
