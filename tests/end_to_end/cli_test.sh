#!/usr/bin/env bash
# One end-to-end promise of ucwa-conform, named by $1. Prints why it failed; exits non-zero then.
set -uo pipefail

case_name=$1
conform=$2
server=$3
schema=$4

source "$(dirname "$0")/case_setup.sh"

token=conformance-token

# start_server: the reference server on a free port (reference_server.sh).
source "$(dirname "$0")/reference_server.sh"

# run_conform ARGS...: runs ucwa-conform, output in $work/out, status in $status, the summary.json
# it wrote (if any) in $summary.
run_conform() {
  local junit="$work/reports/junit.xml" previous=""
  for arg in "$@"; do
    [ "$previous" = "--junit" ] && junit=$arg
    previous=$arg
  done
  summary="$(dirname "$junit")/summary.json"
  rm -f "$summary"
  (cd "$work" && "$conform" "$@") >"$work/out" 2>&1
  status=$?
}

expect_status() { [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"; }

# The last line is the plain summary, the line before it the whole picture, and when the run wrote
# a summary.json the three numbers add up to the tests it ran.
expect_summary_last() {
  last=$(tail -n 1 "$work/out")
  [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed,\ ([0-9]+)\ skipped$ ]] || fail "last line is not the summary: '$last'"
  local sum=$(( BASH_REMATCH[1] + BASH_REMATCH[2] + BASH_REMATCH[3] ))
  picture=$(tail -n 2 "$work/out" | head -n 1)
  [[ "$picture" =~ ^(PASS|FAIL|UNREACHABLE|NOTHING\ RAN|CONFIGURATION\ ERROR)\ ·\ [0-9]+\ passed.*\ ·\ [0-9]+\ failed.*\ ·\ [0-9]+\ errors\ ·\ [0-9]+\ skipped.*\ ·\ [0-9]+\ waived\ ·\ [0-9.]+\ s ]] || fail "the line before the last is not the whole picture: '$picture'"
  if [ -f "$summary" ]; then
    [ "$sum" -eq "$(summary_total "$summary" tests)" ] || fail "the last line adds up to $sum, but $(summary_total "$summary" tests) tests ran"
  fi
}

# summary_total FILE FIELD: a total of a summary.json.
summary_total() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"][sys.argv[2]])' "$1" "$2"; }

case "$case_name" in
  replay_script_reproduces_the_failing_answer)
    # The reports' replay script of a failing test, run by hand, makes the same failing answer
    # again on a fresh conversation; a passing test has none, and no script holds the token.
    token="tok-$RANDOM-$RANDOM-secret"
    start_server --mutant already-exists-wrong-subcode
    mkdir -p "$work/reports/replay" && touch "$work/reports/replay/Stale.FromAnEarlierRun_Json.sh"
    run_conform --target "$url" --token "$token" --seed 42 --junit "$work/reports/junit.xml" --gtest_filter='OperationErrors.Second*:Created.AnswersCreated/Json'
    expect_status 1
    grep -q '"seed": "42"' "$summary" || fail "summary.json does not list the seed"
    [ -e "$work/reports/replay/Stale.FromAnEarlierRun_Json.sh" ] && fail "an earlier run's replay script was kept"
    [ -e "$work/reports/replay/Created.AnswersCreated_Json.sh" ] && fail "a passing test has a replay script"
    for format in Json Xml; do
      script="$work/reports/replay/OperationErrors.SecondEscalationAlreadyExists_$format.sh"
      [ -x "$script" ] || fail "no executable replay script for the $format failure"
      grep -q "$token" "$script" && fail "the $format replay script holds the token"
      grep -q "Replay: replay/OperationErrors.SecondEscalationAlreadyExists_$format.sh" "$work/reports/junit.xml" || fail "junit.xml does not name the $format replay script"
      (cd "$work" && env -u UCWA_TOKEN bash "$script") >"$work/no-token" 2>&1 && fail "the $format script ran without UCWA_TOKEN"
      grep -q 'UCWA_TOKEN' "$work/no-token" || fail "the $format script does not ask for UCWA_TOKEN"
      (cd "$work" && UCWA_TOKEN="$token" bash "$script") >"$work/replayed" 2>&1 || fail "the $format script failed: $(cat "$work/replayed")"
      last=$(awk '/^=== 3 of 3: /{found=1} found' "$work/replayed")
      grep -q '^HTTP/1.1 409' <<<"$last" || fail "the $format replay did not answer 409: $last"
      grep -q 'TooManyGroups' <<<"$last" || fail "the $format replay did not reproduce the wrong subcode: $last"
      sent=$(sed -n 's/^=== 3 of 3: POST .*operationId=\([0-9a-f]*\).*/\1/p' "$work/replayed")
      grep -q "operationId=$sent" "$work/reports/evidence/OperationErrors.SecondEscalationAlreadyExists_$format.har" || fail "the $format replay did not send the run's operationId"
    done
    ;;

  mutant_report_holds_redacted_evidence_and_curl)
    token="tok-$RANDOM-$RANDOM-secret"
    start_server --mutant already-exists-wrong-subcode
    run_conform --target "$url" --token "$token" --junit "$work/reports/junit.xml" --gtest_filter='OperationErrors.Second*'
    expect_status 1
    expect_summary_last
    xmllint --noout --schema "$schema" "$work/reports/junit.xml" 2>"$work/xmllint.log" || fail "schema: $(cat "$work/xmllint.log")"
    [ "$(xmllint --xpath 'count(//testcase/failure[@type="MUST"])' "$work/reports/junit.xml")" -eq 2 ] || fail "expected two failures of type MUST"
    xmllint --xpath 'string(//testcase[failure][1]/system-out)' "$work/reports/junit.xml" >"$work/evidence.txt"
    grep -q 'Authorization: Bearer \$UCWA_TOKEN' "$work/evidence.txt" || fail "the evidence does not show the redacted Authorization header"
    grep -q 'TooManyGroups' "$work/evidence.txt" || fail "the evidence lacks the answer"
    grep -q "$token" "$work/evidence.txt" && fail "the evidence holds the bearer token"
    awk '/^--- reproduce/ { command = ""; taking = 1; next } taking && /^$/ { taking = 0; last = command } taking { command = command $0 "\n" } END { printf "%s", last }' "$work/evidence.txt" >"$work/reproduce.sh"
    grep -q '^curl ' "$work/reproduce.sh" || fail "no curl command in the evidence"
    UCWA_TOKEN="$token" bash "$work/reproduce.sh" >"$work/reproduced" 2>&1 || fail "the curl command failed: $(cat "$work/reproduced")"
    head -n 1 "$work/reproduced" | grep -q ' 409' || fail "the curl command did not reproduce the 409: $(head -n 1 "$work/reproduced")"
    grep -q 'TooManyGroups' "$work/reproduced" || fail "the curl command did not reproduce the wrong subcode"
    ;;
  no_report_contains_the_token)
    token="tok-$RANDOM-$RANDOM-secret"
    start_server
    run_conform --target "$url" --token "$token" --junit "$work/reports/junit.xml"
    expect_status 0
    expect_summary_last
    [ -f "$work/reports/summary.json" ] && [ -f "$work/reports/index.html" ] && [ -d "$work/reports/evidence" ] && [ -d "$work/reports/allure-results" ] || fail "a report is missing: $(ls "$work/reports")"
    grep -rl -- "$token" "$work/reports" && fail "the bearer token is in the reports above"
    leaked=$(grep -rhoE 'Bearer [^" \\]+' "$work/reports" | grep -vE 'Bearer (\$UCWA_TOKEN|<redacted|&lt;redacted|realm=|cwt=never-issued-)' | sort -u | head -3)
    [ -z "$leaked" ] || fail "a token is in the reports: $leaked"
    grep -rq 'redacted minted token' "$work/reports" || fail "minted tokens were not redacted (or not used)"
    python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); sys.exit(0 if not c["uncovered"] and c["totals"]["covered"] == c["totals"]["clauses"] > 100 else 1)' "$work/reports/coverage.json" || fail "coverage.json lists uncovered clauses"
    grep -A2 '^## Uncovered clauses' "$work/reports/coverage.md" | grep -q '^None\.$' || fail "coverage.md lists uncovered clauses"
    results=$(ls "$work/reports/allure-results" | grep -c -- '-result.json$')
    [ "$results" = "$(summary_total "$work/reports/summary.json" tests)" ] || fail "allure-results holds $results results"
    python3 - "$work/reports/allure-results" <<'PY' || fail "an Allure result lacks its labels or attachment"
import json, os, sys
folder = sys.argv[1]
for name in os.listdir(folder):
    if not name.endswith('-result.json'):
        continue
    result = json.load(open(os.path.join(folder, name)))
    labels = {label['name'] for label in result['labels']}
    assert {'suite', 'feature', 'severity'} <= labels, name
    assert result['status'] in ('passed', 'failed', 'broken', 'skipped'), name
    for attachment in result['attachments']:
        assert os.path.exists(os.path.join(folder, attachment['source'])), name
PY
    ;;
  html_report_shows_the_totals_in_chromium)
    browser=$(command -v chromium || command -v chromium-browser || true)
    [ -n "$browser" ] || fail "chromium is not installed (scripts/deps.sh installs it)"
    run_conform --junit "$work/reports/junit.xml"
    expect_status 0
    expect_summary_last
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$work/reports/index.html" >"$work/dom.html" 2>"$work/chromium.log" || fail "chromium failed: $(tail -5 "$work/chromium.log")"
    sum=0
    for field in tests passed failed errors skipped waived; do
      id=$field; [ "$field" = passed ] && id=pass; [ "$field" = failed ] && id=fail; [ "$field" = skipped ] && id=skip; [ "$field" = errors ] && id=error
      shown=$(grep -o "id=\"total-$id\">[0-9]*<" "$work/dom.html" | grep -o '[0-9]*')
      [ "$shown" = "$(summary_total "$work/reports/summary.json" "$field")" ] || fail "the page shows $field=$shown"
      [ "$field" = tests ] && tests=$shown || sum=$((sum + shown))
    done
    [ "$sum" -eq "$tests" ] || fail "the page's totals add up to $sum, not $tests tests"
    rows=$(grep -o '<tr><td>[A-Z-]*[0-9]*</td>' "$work/dom.html" | wc -l)
    [ "$rows" -ge 100 ] || fail "the clause matrix has $rows rows"
    # The page as written, before any script runs, is already complete.
    [ "$(grep -o '<tr><td>[A-Z-]*[0-9]*</td>' "$work/reports/index.html" | wc -l)" -eq "$rows" ] || fail "without scripts the clause matrix is not complete"
    [ "$(grep -o 'class="test ' "$work/reports/index.html" | wc -l)" = "$(summary_total "$work/reports/summary.json" tests)" ] || fail "without scripts the test list is not complete"
    shown=$(grep -o '<span id="shown">[0-9]*<' "$work/dom.html" | grep -o '[0-9]*')
    [ "$shown" = "$(summary_total "$work/reports/summary.json" tests)" ] || fail "the test list shows $shown tests"
    ;;
  html_report_shows_verdict_and_causes_without_scripts)
    # Jenkins serves reports with a Content Security Policy that runs no script and no inline
    # style: the page as written must say it all, its script only filter.
    browser=$(command -v chromium || command -v chromium-browser || true)
    [ -n "$browser" ] || fail "chromium is not installed (scripts/deps.sh installs it)"
    start_server --mutant created-as-200
    run_conform --target "$url" --token "$token" --junit "$work/reports/junit.xml"
    expect_status 1
    expect_summary_last
    page="$work/reports/index.html"
    for file in index.html index.js index.css; do [ -s "$work/reports/$file" ] || fail "no $file"; done
    grep -q '<script src="index.js" defer></script>' "$page" || fail "index.html does not load index.js"
    grep -Eq '<script>|<style|style=|<[^>]* on[a-z]+=' "$page" && fail "index.html holds an inline script or style"
    # The text a reader sees, from the file itself: nothing on the page is made by a script.
    text_of() { python3 -c '
import html.parser, sys
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style", "title")
    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style", "title")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)
t = Text(); t.feed(open(sys.argv[1], encoding="utf-8").read())
print(" ".join(" ".join(t.parts).split()))' "$1"; }
    text=$(text_of "$page")
    failed=$(summary_total "$work/reports/summary.json" failed)
    [ "$failed" -ge 10 ] || fail "the mutant failed only $failed tests"
    [[ "$text" == *"FAIL · exit status 1 · "*" s · target $url"* ]] || fail "no banner saying FAIL and exit status 1: ${text:0:300}"
    [[ "$text" == *"Clauses by format"*"ESC-RESP-1 MUST fail fail A successful escalateAudioVideo POST answers 201 Created."* ]] || fail "the clause matrix lacks ESC-RESP-1 failing with its sentence"
    grep -q 'href="https://github.com/OfficeDev/skype-docs-migration/blob/master/SkypeSDK-ops-redirect/UCWA/OperationResource.md"' "$page" || fail "no link to the clause's public page"
    [[ "$text" == *"Failures by cause $failed tests failed or erred: 1 cause $failed tests [MUST] status: expected 201 Created, got 200 FAIL "* ]] || fail "the $failed failures are not one cause: $(grep -o 'id="causes-count">[^<]*' "$page")"
    [ "$(grep -o '<div class="cause" data-tests="[0-9]*"' "$page" | grep -o '[0-9]*')" = "$failed" ] || fail "the cause does not list the $failed tests"
    [[ "$text" == *"Tests Verdict all fail"* ]] || fail "no test list"
    # Served with Jenkins' default Content Security Policy, no script runs (the filters stay
    # hidden) and the page reads the same; with scripts, the script changes nothing but filtering.
    # (Chromium takes no screenshot with --blink-settings=scriptEnabled=false, so the policy it is.)
    python3 -c '
import functools, http.server, sys
class Jenkins(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", "sandbox; default-src \x27none\x27; img-src \x27self\x27; style-src \x27self\x27;")
        super().end_headers()
    def log_message(self, *args): pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Jenkins, directory=sys.argv[1]))
print(server.server_address[1], flush=True)
server.serve_forever()' "$work/reports" >"$work/csp.port" 2>"$work/csp.log" &
    csp_pid=$!
    for _ in $(seq 1 100); do [ -s "$work/csp.port" ] && break; sleep 0.05; done
    served="http://127.0.0.1:$(cat "$work/csp.port")/index.html"
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --window-size=1280,1600 --screenshot="$work/report.png" "$served" >"$work/chromium.log" 2>&1
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "$served" >"$work/csp-dom.html" 2>>"$work/chromium.log"
    kill "$csp_pid"; wait "$csp_pid" 2>/dev/null
    [ "$(head -c 8 "$work/report.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "no screenshot under the policy: $(grep -v dbus "$work/chromium.log" | tail -3)"
    [ "$(stat -c %s "$work/report.png")" -gt 20000 ] || fail "the screenshot is blank"
    grep -q '<div class="controls" id="controls" hidden="">' "$work/csp-dom.html" || fail "a script ran under the policy"
    [ "$(text_of "$work/csp-dom.html")" = "$text" ] || fail "under the policy the page reads differently"
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$page" >"$work/dom.html" 2>"$work/chromium.log" || fail "chromium failed: $(tail -5 "$work/chromium.log")"
    grep -q '<div class="controls" id="controls">' "$work/dom.html" || fail "the script did not show the filters"
    [ "$(text_of "$work/dom.html")" = "$text" ] || fail "the script changed the page's text"
    ;;
  quiet_prints_failures_only)
    start_server --mutant subject-too-long
    run_conform --target "$url" --token "$token" --quiet --gtest_filter='Properties.*'
    expect_status 1
    expect_summary_last
    grep -q '^PASS ' "$work/out" && fail "--quiet printed passing tests"
    [ "$(grep -c '^FAIL  Properties.SubjectIsStringOfAtMost250/' "$work/out")" -eq 2 ] || fail "--quiet did not print both failures"
    run_conform --target "$url" --token "$token" --gtest_filter='Properties.Subject*'
    grep -Eq '^PASS  Properties\.|^FAIL  Properties\.SubjectIsStringOfAtMost250/Json \([0-9]+ ms\)$' "$work/out" || fail "no progress line per test"
    ;;
  warnings_print_once_and_quiet_hides_them)
    start_server --mutant method-refusal-without-allow
    run_conform --target "$url" --token "$token" --gtest_filter='Methods.*'
    expect_status 0
    expect_summary_last
    [ "$(grep -c '^WARN  Methods\.[A-Za-z]*/Json ([0-9]* ms)$' "$work/out")" -ge 1 ] || fail "no WARN line naming its test"
    [ "$(grep -c 'GEN-ERR-3' "$work/out")" -eq "$(grep -c '^WARN ' "$work/out")" ] || fail "a warning is printed more than once: $(grep -c 'GEN-ERR-3' "$work/out") mentions for $(grep -c '^WARN ' "$work/out") WARN lines"
    grep -q '(.* with warnings)' "$work/out" || fail "the picture line does not count the warnings"
    run_conform --target "$url" --token "$token" --gtest_filter='Methods.*' --quiet
    expect_status 0
    expect_summary_last
    grep -q 'WARN\|GEN-ERR-3' "$work/out" && fail "--quiet printed a warning"
    run_conform --target "$url" --token "$token" --gtest_filter='Methods.*' --junit "$work/warned/junit.xml"
    kill "$server_pid"; wait "$server_pid" 2>/dev/null
    start_server
    run_conform --target "$url" --token "$token" --gtest_filter='Methods.*' --junit "$work/clean/junit.xml"
    expect_status 0
    run_conform diff "$work/clean/summary.json" "$work/warned/summary.json"
    expect_status 0
    grep -q '^new warnings ([1-9]' "$work/out" || fail "diff does not list the new warnings"
    run_conform diff --strict "$work/clean/summary.json" "$work/warned/summary.json"
    expect_status 1
    ;;
  waivers_gate_as_declared)
    start_server --mutant already-exists-wrong-subcode
    printf '{"waivers":[{"clause":"ESC-ERR-2","reason":"known","ticket":"UCWA-1","expires":"2999-12-31"}]}' >"$work/in_force.json"
    run_conform --target "$url" --token "$token" --gtest_filter='OperationErrors.*' --waivers "$work/in_force.json" --junit "$work/a/junit.xml"
    expect_status 0
    expect_summary_last
    grep -q '^WAIVED OperationErrors.SecondEscalationAlreadyExists/Json (UCWA-1' "$work/out" || fail "the waived failure is not shown"
    [ "$(summary_total "$work/a/summary.json" waived)" -eq 2 ] || fail "summary.json does not count two waived tests"
    printf '{"waivers":[{"test":"OperationErrors.SecondEscalationAlreadyExists/Json","reason":"old","ticket":"UCWA-2","expires":"2000-01-01"}]}' >"$work/expired.json"
    run_conform --target "$url" --token "$token" --gtest_filter='OperationErrors.*' --waivers "$work/expired.json"
    expect_status 1
    expect_summary_last
    grep -q '^EXPIRED WAIVER UCWA-2' "$work/out" || fail "the expired waiver is not listed"
    printf '{"waivers":[{"clause":"ESC-ERR-3","reason":"fixed since","ticket":"UCWA-3","expires":"2999-12-31"}]}' >"$work/stale.json"
    run_conform --target "$url" --token "$token" --gtest_filter='OperationErrors.TooMany*' --waivers "$work/stale.json"
    expect_status 0
    grep -q '^STALE WAIVER UCWA-3' "$work/out" || fail "the stale waiver is not listed"
    run_conform --target "$url" --token "$token" --gtest_filter='OperationErrors.TooMany*' --waivers "$work/stale.json" --strict
    expect_status 1
    printf '{"waivers":[{"clause":"ESC-ERR-3","ticket":"UCWA-4","expires":"2999-12-31"}]}' >"$work/bad.json"
    run_conform --waivers "$work/bad.json"
    expect_status 2
    grep -q 'waiver 1 needs a "reason"' "$work/out" || fail "a bad waivers file is not named"
    printf '{"waivers":[{"test":"OperationErrors.NoSuchTest/Json","reason":"typo","ticket":"UCWA-5","expires":"2999-12-31"}]}' >"$work/unknown_test.json"
    run_conform --target "$url" --token "$token" --waivers "$work/unknown_test.json"
    expect_status 2
    grep -q 'OperationErrors.NoSuchTest/Json.*does not exist' "$work/out" || fail "a waiver naming no test is not named"
    printf '{"waivers":[{"clause":"ESC-ERR-99","reason":"typo","ticket":"UCWA-6","expires":"2999-12-31"}]}' >"$work/unknown_clause.json"
    run_conform --target "$url" --token "$token" --waivers "$work/unknown_clause.json"
    expect_status 2
    grep -q 'ESC-ERR-99.*not in the catalogue' "$work/out" || fail "a waiver naming no clause is not named"
    ;;
  shards_merge_to_the_unsharded_totals)
    run_conform --junit "$work/whole/junit.xml"
    expect_status 0
    expect_summary_last
    for index in 0 1; do
      (cd "$work" && GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=$index "$conform" --junit "$work/shard$index/junit.xml") >"$work/out" 2>&1
      status=$?
      expect_status 0
    done
    [ "$(summary_total "$work/shard0/summary.json" tests)" -lt "$(summary_total "$work/whole/summary.json" tests)" ] || fail "shard 0 ran every test"
    run_conform merge "$work/merged" "$work/shard0/summary.json" "$work/shard1/summary.json"
    expect_status 0
    for field in tests passed failed skipped; do
      [ "$(summary_total "$work/merged/summary.json" $field)" = "$(summary_total "$work/whole/summary.json" $field)" ] || fail "merged $field differs from the unsharded run"
    done
    xmllint --noout --schema "$schema" "$work/merged/junit.xml" 2>"$work/xmllint.log" || fail "merged JUnit: $(cat "$work/xmllint.log")"
    [ -f "$work/merged/coverage.json" ] || fail "merge wrote no coverage"
    python3 - "$work/merged" <<'PY' || fail "a HAR link of the merged summary does not resolve"
import json, os, sys
folder = sys.argv[1]
for test in json.load(open(os.path.join(folder, "summary.json")))["tests"]:
    if test["har"]:
        assert os.path.isfile(os.path.join(folder, test["har"])), test["har"]
PY
    run_conform merge "$work/again" "$work/shard0/summary.json" "$work/shard0/summary.json"
    expect_status 2
    grep -q 'is shard 0 again' "$work/out" || fail "merging shard 0 with itself is not named: $(cat "$work/out")"
    run_conform merge "$work/alone" "$work/shard0/summary.json"
    expect_status 2
    grep -q 'shard 1 of 2 is missing' "$work/out" || fail "a missing shard is not named: $(cat "$work/out")"
    start_server
    (cd "$work" && GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=1 "$conform" --target "$url" --token "$token" --junit "$work/other/junit.xml") >"$work/out" 2>&1
    run_conform merge "$work/mixed" "$work/shard0/summary.json" "$work/other/summary.json"
    expect_status 2
    grep -q 'another target' "$work/out" || fail "mixed targets are not named: $(cat "$work/out")"
    ;;
  load_results_merge_exactly)
    # Two machines' load.json (written by hand, derived figures left out as the format allows)
    # merge into one load.json, load.html and junit.xml: every histogram bucket by bucket, counts
    # summed, both escalations of an example kept; mixing kinds or targets is refused by name.
    write_load_json() {  # FILE MACHINE CONCURRENCY ESCALATION_BUCKETS VIOLATED EXAMPLES
      cat >"$1" <<JSON
{"kind": "ucwa-conform load", "version": 1, "toolVersion": "0.1.0",
 "target": "http://127.0.0.1:8443", "machines": ["$2"], "concurrency": $3,
 "durationSeconds": 2.5, "escalations": 3, "cpuSeconds": 0.1, "peakRssBytes": 1000000,
 "latency": {"escalation": {"max": 1070, "buckets": $4},
             "conversation": {"max": 257, "buckets": [[150, 1], [256, 2]]}},
 "errors": {"escalation": {"transport": 0, "client": 0, "server": 1}},
 "escalationLatencyBySecond": [{"max": 1070, "buckets": $4}],
 "clauses": [{"clause": "LOAD-1", "level": "MUST", "source": "UCWA/escalateAudioVideo_ref.md",
              "promise": "The echo is the escalation's own.", "judged": 3, "violated": $5,
              "examples": $6}],
 "thresholds": [], "strict": false}
JSON
    }
    mkdir -p "$work/a" "$work/b"
    write_load_json "$work/a/load.json" runner-a 8 '[[100, 1], [517, 2]]' 0 '[]'
    write_load_json "$work/b/load.json" runner-b 4 '[[100, 2], [517, 1]]' 1 \
      '[{"escalation": "op-b-1", "otherEscalation": "op-b-2", "message": "another echo", "evidence": "curl ..."}]'
    run_conform merge "$work/merged" "$work/a/load.json" "$work/b/load.json"
    expect_status 1
    [ "$(tail -n 1 "$work/out")" = "0 passed, 1 failed, 0 skipped" ] || fail "last line is not the plain summary"
    for file in load.json load.html junit.xml; do
      [ -s "$work/merged/$file" ] || fail "merge wrote no $file"
    done
    xmllint --noout --schema "$schema" "$work/merged/junit.xml" 2>"$work/xmllint.log" || fail "merged load JUnit: $(cat "$work/xmllint.log")"
    xmllint --xpath 'string(//testcase[@classname="Load.LOAD-1"]/failure)' "$work/merged/junit.xml" | grep -q 'escalation op-b-1, given what belongs to escalation op-b-2' || fail "the failure does not name both escalations"
    python3 - "$work" <<'PY' || fail "the merged load.json is not the sum of both"
import json, sys
work = sys.argv[1]
a, b, merged = (json.load(open(f"{work}/{name}/load.json")) for name in ("a", "b", "merged"))
def buckets(histogram):
    return {index: count for index, count in histogram["buckets"]}
for kind in ("escalation", "conversation"):
    summed = buckets(a["latency"][kind])
    for index, count in buckets(b["latency"][kind]).items():
        summed[index] = summed.get(index, 0) + count
    assert buckets(merged["latency"][kind]) == summed, kind
assert merged["latency"]["escalation"]["count"] == 6
assert merged["escalationLatencyBySecond"][0]["count"] == 6
assert merged["machines"] == ["runner-a", "runner-b"]
assert merged["concurrency"] == 12 and merged["escalations"] == 6
assert merged["errors"]["escalation"]["server"] == 2
assert merged["clauses"][0]["judged"] == 6 and merged["clauses"][0]["violated"] == 1
PY
    grep -q 'op-b-2' "$work/merged/load.html" || fail "load.html lacks the example"

    echo '{"harness": "ucwa-conform", "version": "0.1.0", "tests": []}' >"$work/summary.json"
    run_conform merge "$work/mixed" "$work/a/load.json" "$work/summary.json"
    expect_status 2
    grep -q "summary.json is a suite summary (summary.json) but .*a/load.json is a load result" "$work/out" || fail "mixing kinds is not named: $(cat "$work/out")"
    sed 's|127.0.0.1:8443|127.0.0.2:8443|' "$work/b/load.json" >"$work/other.json"
    run_conform merge "$work/other" "$work/a/load.json" "$work/other.json"
    expect_status 2
    grep -q 'other.json has another target' "$work/out" || fail "another target is not named: $(cat "$work/out")"
    sed 's|"concurrency": 4|"concurrency": -4|' "$work/b/load.json" >"$work/broken.json"
    run_conform merge "$work/broken" "$work/a/load.json" "$work/broken.json"
    expect_status 2
    grep -q 'broken.json: malformed load.json: /concurrency: ' "$work/out" || fail "a malformed load.json is not named with its pointer: $(cat "$work/out")"
    run_conform merge "$work/alone" "$work/a/load.json"
    expect_status 0
    [ "$(tail -n 1 "$work/out")" = "1 passed, 0 failed, 0 skipped" ] || fail "one held clause is not one pass"
    ;;
  two_shards_at_once_disturb_each_other_in_no_round)
    # Two shards of one run against one server at the same time, five rounds: neither may see a
    # spurious skip, warning or failure caused by the other (no test resets the server's state).
    start_server
    for round in 1 2 3 4 5; do
      pids=()
      for index in 0 1; do
        (cd "$work" && GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=$index "$conform" --target "$url" --token "$token" \
          --quiet --evidence none --junit "$work/r$round-s$index/junit.xml") >"$work/r$round-s$index.out" 2>&1 &
        pids+=($!)
      done
      for index in 0 1; do
        wait "${pids[$index]}"; status=$?
        cp "$work/r$round-s$index.out" "$work/out"
        expect_status 0
        summary="$work/r$round-s$index/summary.json"
        expect_summary_last
        for field in failed errors skipped warned; do
          [ "$(summary_total "$summary" $field)" -eq 0 ] || fail "round $round, shard $index: $field = $(summary_total "$summary" $field)"
        done
      done
    done
    ;;
  diff_lists_exactly_the_new_failures)
    start_server
    run_conform --target "$url" --token "$token" --junit "$work/good/junit.xml"
    expect_status 0
    expect_summary_last
    kill "$server_pid"; wait "$server_pid" 2>/dev/null
    start_server --mutant too-many-groups-wrong-code
    run_conform --target "$url" --token "$token" --junit "$work/bad/junit.xml"
    expect_status 1
    expect_summary_last
    run_conform diff "$work/good/summary.json" "$work/bad/summary.json"
    expect_status 1
    sed -n '/^new failures/,/^new warnings/p' "$work/out" | grep '^  ' | sed 's/^  //' | sort >"$work/listed"
    python3 -c 'import json,sys; [print(t["name"]) for t in json.load(open(sys.argv[1]))["tests"] if t["verdict"] in ("fail","error")]' "$work/bad/summary.json" | sort >"$work/failed"
    [ -s "$work/failed" ] || fail "the mutant run failed nothing"
    diff "$work/listed" "$work/failed" >/dev/null || fail "diff lists $(tr '\n' ' ' <"$work/listed") but the failures were $(tr '\n' ' ' <"$work/failed")"
    run_conform diff "$work/good/summary.json" "$work/good/summary.json"
    expect_status 0
    ;;
  unsimulated_conditions_skip_with_reason)
    start_server --variant conditions-not-simulated
    run_conform --target "$url" --token conformance-token --junit "$work/run.xml"
    expect_status 0
    expect_summary_last
    grep -Eq '^[1-9][0-9]* passed, 0 failed, [1-9][0-9] skipped$' "$work/out" || fail "expected every condition and token test to skip: $(tail -n 1 "$work/out")"
    for test in OperationErrors.TooManyGroups/Json OperationErrors.NoBackupPool/Xml Authorization.InitiateScopeSuffices/Json Authorization.TokenWithoutScopesForbidden/Xml; do
      reason=$(xmllint --xpath "string(//testcase[@name='${test#*.}' and @classname='${test%%.*}']/skipped[@type='not-provoked']/@message)" "$work/run.xml")
      [[ "$reason" == *"cannot simulate"*"501"* ]] || fail "$test: no not-provoked skip naming the 501, got '$reason'"
    done
    grep -Eq '^SKIP  OperationErrors\.TooManyGroups/Json \([0-9]+ ms\): .*501' "$work/out" || fail "the SKIP line does not print its reason"
    skipped=$(tail -n 1 "$work/out" | sed -E 's/.* ([0-9]+) skipped$/\1/')
    grep -q "· $skipped skipped ($skipped not provoked) ·" "$work/out" || fail "the picture line does not count $skipped not-provoked skips"
    run_conform --target "$url" --token conformance-token --junit "$work/gated.xml" --fail-on-skip
    expect_status 1
    expect_summary_last
    grep -Eq "^[1-9][0-9]* passed, $skipped failed, 0 skipped$" "$work/out" || fail "--fail-on-skip did not fail the $skipped not-provoked tests: $(tail -n 1 "$work/out")"
    [ "$(xmllint --xpath 'count(//testcase/failure[@type="not-provoked"])' "$work/gated.xml")" -eq "$skipped" ] || fail "--fail-on-skip: the not-provoked tests are not failures of type not-provoked"
    ;;
  no_event_channel_skips_every_event_test)
    start_server --variant no-event-channel
    run_conform --target "$url" --token conformance-token --junit "$work/run.xml" --gtest_filter='Events.*:EventChannel.*:Created.*'
    expect_status 0
    expect_summary_last
    events=$(xmllint --xpath 'count(//testcase[@classname="Events" or @classname="EventChannel"])' "$work/run.xml")
    absent=$(xmllint --xpath 'count(//testcase[@classname="Events" or @classname="EventChannel"]/skipped[@type="absent" and contains(@message, "no event channel")])' "$work/run.xml")
    [ "$events" -gt 0 ] && [ "$absent" -eq "$events" ] || fail "expected all $events event tests skipped for want of a channel, got $absent"
    ;;
  event_test_waiting_in_vain_names_the_operation_id)
    start_server --mutant no-invitation-event
    run_conform --target "$url" --token conformance-token --junit "$work/run.xml" --event-wait-ms 1000 --gtest_filter='Events.DeliverTheInvitation/Json'
    expect_status 1
    expect_summary_last
    grep -Eq '^FAIL  Events\.DeliverTheInvitation/Json \([0-9]+ ms\)' "$work/out" || fail "no FAIL line for the event test"
    message=$(xmllint --xpath 'string(//testcase[@name="DeliverTheInvitation/Json"]/failure)' "$work/run.xml")
    operation=$(sed -nE 's/.*no event about the invitation \(operationId ([0-9a-f]{32}),.*within 1000 ms.*/\1/p' <<<"$message")
    [ -n "$operation" ] || fail "the failure does not name the operationId it waited for within 1000 ms: $message"
    grep -q "operationId=$operation" "$work/run.xml" || fail "the operationId named ($operation) is not the one the escalation sent"
    ;;
  absent_members_never_gate)
    start_server --variant optional-members-left-out
    run_conform --target "$url" --token conformance-token --fail-on-skip --junit "$work/run.xml"
    expect_status 0
    expect_summary_last
    absent=$(xmllint --xpath 'count(//testcase/skipped[@type="absent"])' "$work/run.xml")
    [ "$absent" -gt 0 ] || fail "the variant left no member out"
    grep -q "($absent absent)" "$work/out" || fail "the picture line does not count $absent absent members"
    ;;
  shuffled_and_repeated_runs_pass)
    run_conform --gtest_shuffle --gtest_repeat=3
    expect_status 0
    expect_summary_last
    grep -Eq '^[1-9][0-9]* passed, 0 failed, 0 skipped$' "$work/out" || fail "not every test passed: $(tail -n 1 "$work/out")"
    [ "$(grep -c '^PASS  ParameterLimits.OperationIdMissingRefused/Json' "$work/out")" -eq 3 ] || fail "not repeated three times"
    ;;
  mutant_names_expected_and_actual)
    start_server --mutant already-exists-wrong-subcode
    run_conform --target "$url" --token conformance-token --gtest_filter='OperationErrors.*'
    expect_status 1
    expect_summary_last
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
    # Evidence is stored once per exchange: a green run's reports, full evidence, stay small.
    bytes=$(du -s --apparent-size --block-size=1 "$work/reports" | cut -f1)
    [ "$bytes" -lt $((4 * 1024 * 1024)) ] || fail "a green run wrote $bytes bytes of reports, not under 4 MiB"
    grep -q 'embedded reference server' "$work/out" || fail "does not say it tests the embedded server"
    [ -f "$work/reports/junit.xml" ] || fail "no default report at reports/junit.xml"
    ;;
  wrong_token_fails_naming_401)
    start_server
    run_conform --target "$url" --token not-the-token
    expect_status 2  # a refused token is a configuration error (config_errors_test.sh)
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
    cases=$(xmllint --xpath 'count(//testcase)' "$work/reports/junit.xml")
    errors=$(xmllint --xpath 'count(//testcase/error[@type="transport"])' "$work/reports/junit.xml")
    [ "$cases" -gt 0 ] && [ "$errors" -eq "$cases" ] || fail "$errors of $cases testcases are transport errors; an unreachable target leaves every test unjudged"
    [ "$(xmllint --xpath 'count(//testcase/skipped)' "$work/reports/junit.xml")" -eq 0 ] || fail "an unreachable target's tests are skips, not errors"
    xmllint --xpath 'string(//testcase[1]/error/@message)' "$work/reports/junit.xml" | grep -q 'not run: cannot reach the target' || fail "the error message is not the reason"
    ;;
  unknown_flag_exits_2)
    run_conform --no-such-flag
    expect_status 2
    grep -q -- '--no-such-flag' "$work/out" || fail "does not name the unknown flag"
    ;;
  bad_flag_values_exit_2)
    for args in "--format yaml" "--timeout-ms 0" "--timeout-ms abc" "--target ftp://x" "--token-file /nonexistent/token" "--cacert /nonexistent/ca.pem" "--deadline -1"; do
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
