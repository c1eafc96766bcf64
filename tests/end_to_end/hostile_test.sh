#!/usr/bin/env bash
# ucwa-conform against a hostile target (tests/hostile/hostile_server.cpp --mode $1): the run
# ends in bounded time and memory, exits 1 or 3 (never a signal), writes well-formed reports,
# and the token reaches nothing but the target. Prints why it failed; exits non-zero then.
#   hostile_test.sh MODE UCWA_CONFORM HOSTILE_SERVER MAX_RSS_KB
set -uo pipefail

mode=$1
conform=$2
server=$3
max_rss_kb=$4

bound_seconds=90  # the whole run, whatever the mode
deadline=75       # ucwa-conform's own backstop, under the bound
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL [$mode]: $*"
  [ -f "$work/out" ] && { echo "--- output (last 30 lines) ---"; tail -30 "$work/out"; }
  exit 1
}

token="hostile-secret-$RANDOM$RANDOM$RANDOM"

"$server" --mode "$mode" --ready "$work/ready" --log "$work/foreign.log" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do
  [ -f "$work/ready" ] && break
  sleep 0.05
done
[ -f "$work/ready" ] || fail "the hostile server did not start: $(cat "$work/server.log")"
read -r target foreign <"$work/ready"

extra=()
case "$mode" in
  slow_answers) extra=(--deadline 8) ;;  # answers in 1.5 s, never timing out: only --deadline stops it
  *) extra=(--deadline "$deadline") ;;
esac

started=$(date +%s)
(cd "$work" && /usr/bin/time -f %M -o "$work/rss" timeout -s KILL "$bound_seconds" \
  "$conform" --target "$target" --token "$token" --timeout-ms 2000 "${extra[@]}" \
  --junit "$work/reports/junit.xml") >"$work/out" 2>&1
status=$?
elapsed=$(( $(date +%s) - started ))

[ "$status" -eq 1 ] || [ "$status" -eq 3 ] ||
  fail "exit status $status, expected 1 or 3 (137: killed at the ${bound_seconds} s bound; >128: a signal)"
[ "$elapsed" -le "$bound_seconds" ] || fail "took ${elapsed} s, more than ${bound_seconds} s"
rss=$(tail -n 1 "$work/rss")
[[ "$rss" =~ ^[0-9]+$ ]] || fail "no peak memory measured: $(cat "$work/rss")"
[ "$rss" -le "$max_rss_kb" ] || fail "peak memory ${rss} KB, more than ${max_rss_kb} KB"

reports="$work/reports"
[ -f "$reports/junit.xml" ] || fail "no junit.xml written"
xmllint --noout "$reports/junit.xml" 2>"$work/xmllint" || fail "junit.xml is not well-formed: $(head -5 "$work/xmllint")"
python3 -m json.tool "$reports/summary.json" >/dev/null 2>"$work/jsontool" ||
  fail "summary.json is not well-formed JSON: $(head -5 "$work/jsontool")"

# The token reaches nothing but the target: no report, no console line, no foreign request.
if grep -rlF -- "$token" "$reports" "$work/out" >"$work/leaks"; then
  fail "the token is written in: $(tr '\n' ' ' <"$work/leaks")"
fi
if grep -F -- "$token" "$work/foreign.log" >/dev/null; then
  fail "the token reached the foreign origin $foreign: $(head -3 "$work/foreign.log")"
fi
[ -s "$work/foreign.log" ] && fail "requests reached the foreign origin $foreign: $(head -3 "$work/foreign.log")"

# What each mode must show besides.
summary="$reports/summary.json"
messages() { python3 -c '
import json, sys
for test in json.load(open(sys.argv[1]))["tests"]:
    print(test.get("verdict", ""), test.get("kind", ""), test.get("name", ""), "|",
          (test.get("message") or "").replace("\n", " "))' "$summary"; }
messages >"$work/messages" || fail "summary.json has no tests list"

case "$mode" in
  never | byte_per_second | header_drip)
    [ "$elapsed" -le 60 ] || fail "a target that stopped answering held the run ${elapsed} s (over 60 s)"
    grep -q "not run: the target stopped answering at .* timeouts in a row" "$work/messages" ||
      fail "no test says the target stopped answering: $(head -3 "$work/messages")"
    said=$(grep -c "the remaining tests are recorded as errors, not run" "$work/out")
    [ "$said" -eq 1 ] || fail "the stop was said $said times on the console, not once"
    ;;
  slow_answers)
    grep -q "not run: --deadline 8 s passed" "$work/messages" ||
      fail "no test says --deadline passed: $(head -3 "$work/messages")"
    [ "$elapsed" -le 30 ] || fail "--deadline 8 let the run go on for ${elapsed} s"
    ;;
  foreign_href)
    grep -qE "^fail .*link off the target's origin: $foreign/.*not followed: the bearer token is sent only to $target" "$work/messages" ||
      fail "no failing test names the link off the target's origin: $(grep -m3 "$foreign" "$work/messages")"
    grep -E "^(pass|error) .*$foreign" "$work/messages" >"$work/wrong" &&
      fail "a foreign link passed or was a transport error: $(head -2 "$work/wrong")"
    ;;
  json_deep | xml_deep)
    [ "$status" -eq 1 ] || fail "a body nested a million deep exited $status, not 1"
    grep -qE "^fail .*depth limit of 64" "$work/messages" ||
      fail "no failure locates the parse error at the depth limit: $(head -3 "$work/messages")"
    ;;
  foreign_control)
    grep -qE "^error harness .*cannot set up the test: control API answer .* names a link off the target's origin: $foreign/" "$work/messages" ||
      fail "no harness error names the control API's foreign href: $(head -3 "$work/messages")"
    ;;
esac
exit 0
