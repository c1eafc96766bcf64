#!/usr/bin/env bash
# Local input is input too (docs/reports.md): one case, named by $1, of ucwa-conform refusing
# what is not a regular file, what is too large, a token holding control characters, a
# malformed summary and a report it cannot write, at once and with exit 2. Prints why it failed.
set -uo pipefail

case_name=$1
conform=$2
hostile=$3  # tests/report/hostile: the reproducers

work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

fail() { echo "FAIL [$case_name]: $*"; [ -f "$work/out" ] && { echo "--- output ---"; tail -c 3000 "$work/out"; }; exit 1; }

# run ARGS...: ucwa-conform with a 20 s guard (a FIFO must not block it), output in $work/out,
# status in $status.
run() {
  (cd "$work" && timeout 20 "$conform" "$@") >"$work/out" 2>&1
  status=$?
  [ "$status" -eq 124 ] && fail "still running after 20 s"
}
expect_status() { [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"; }
expect_said() { grep -qF -- "$1" "$work/out" || fail "the output does not say '$1'"; }

case "$case_name" in
  token_file_that_is_not_a_regular_file_exits_2)
    mkfifo "$work/fifo"
    run --token-file "$work/fifo" --target http://127.0.0.1:9
    expect_status 2
    expect_said "--token-file $work/fifo is a FIFO, not a regular file"
    run --token-file /dev/zero --target http://127.0.0.1:9
    expect_status 2
    expect_said "--token-file /dev/zero is a character device, not a regular file"
    head -c $((1024 * 1024 + 1)) /dev/zero | tr '\0' t >"$work/big"
    run --token-file "$work/big" --target http://127.0.0.1:9
    expect_status 2
    expect_said "is larger than 1 MiB"
    ;;
  token_with_control_characters_exits_2)
    printf 'abc\rX-Injected: yes\n' >"$work/token"
    run --token-file "$work/token" --target http://127.0.0.1:9
    expect_status 2
    expect_said "the token from --token-file $work/token holds a control character"
    (cd "$work" && UCWA_TOKEN=$'abc\r\nX-Injected: yes' timeout 20 "$conform" --target http://127.0.0.1:9) >"$work/out" 2>&1
    status=$?
    expect_status 2
    expect_said "the token from env UCWA_TOKEN holds a control character"
    run --token $'abc\x1b[31m' --target http://127.0.0.1:9
    expect_status 2
    grep -q $'\x1b' "$work/out" && fail "the token's ESC reached the console"
    printf 'good-token\r\n' >"$work/token"
    run --token-file "$work/token" --gtest_list_tests
    expect_status 0  # a CR LF line break is a line break, not part of the token
    ;;
  waivers_that_are_not_a_regular_file_exit_2)
    mkfifo "$work/fifo"
    run --waivers "$work/fifo"
    expect_status 2
    expect_said "--waivers $work/fifo is a FIFO, not a regular file"
    run --waivers /dev/zero
    expect_status 2
    expect_said "--waivers /dev/zero is a character device, not a regular file"
    ;;
  sixty_thousand_waivers_are_read_quickly)
    python3 -c '
import json, sys
waivers = [{"clause": "NO-SUCH-%d" % i, "reason": "r", "ticket": "T", "expires": "2099-01-01"} for i in range(60000)]
json.dump({"waivers": waivers}, open(sys.argv[1], "w"), separators=(",", ":"))' "$work/waivers.json"
    start=$(date +%s%N)
    run --waivers "$work/waivers.json" --gtest_filter=Created.AnswersCreated/Json
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    expect_status 2  # the first names a clause the catalogue does not have
    expect_said "waiver 1 (T) names the clause \"NO-SUCH-0\""
    echo "60,000 waivers read and checked in $took ms (a figure, not a limit)"
    head -c $((17 << 20)) /dev/zero | tr '\0' ' ' >"$work/huge.json"
    run --waivers "$work/huge.json"
    expect_status 2
    expect_said "is larger than 16 MiB"
    ;;
  long_or_malformed_urls_are_checked_without_a_regex)
    long=$(head -c 27000 /dev/zero | tr '\0' a)
    run --target "http://$long x"
    expect_status 2
    expect_said "--target must be an http(s)://host[:port] URL"
    [ "$(wc -c <"$work/out")" -lt 2000 ] || fail "the message repeats all 27,000 characters"
    run --control "http://h/$long?query"
    expect_status 2
    for bad in "ftp://h" "http://" "http://user@h" "http://h#f" $'http://h/\x1b[31m' "http:/h"; do
      run --target "$bad"
      expect_status 2
      grep -q $'\x1b' "$work/out" && fail "the URL's ESC reached the console"
    done
    run --target "HTTPS://127.0.0.1:9/base/" --gtest_list_tests
    expect_status 0
    ;;
  a_report_that_cannot_be_written_exits_2)
    mkdir -p "$work/reports/summary.json"  # a folder where summary.json goes
    run --junit "$work/reports/junit.xml" --gtest_filter=Created.AnswersCreated/Json
    expect_status 2
    expect_said "cannot write $work/reports/summary.json"
    tail -n 2 "$work/out" | head -n 1 | grep -q '^CONFIGURATION ERROR' || fail "the picture line does not say CONFIGURATION ERROR"
    ;;
  diff_and_merge_refuse_malformed_summaries_naming_them)
    run --junit "$work/good/junit.xml" --gtest_filter=Created.AnswersCreated/Json
    expect_status 0
    run diff "$hostile/summary-harness-not-string.json" "$work/good/summary.json"
    expect_status 2
    expect_said "summary-harness-not-string.json: not a ucwa-conform summary.json"
    printf '{"harness":"ucwa-conform","tests":[{"area":1}]}' >"$work/bad.json"
    run merge "$work/merged" "$work/good/summary.json" "$work/bad.json"
    expect_status 2
    expect_said "$work/bad.json: malformed summary.json: tests[0].area is a number, not a string"
    run diff /dev/zero "$work/good/summary.json"
    expect_status 2
    expect_said "/dev/zero is a character device, not a regular file"
    mkfifo "$work/fifo"
    run merge "$work/merged" "$work/fifo"
    expect_status 2
    expect_said "$work/fifo is a FIFO, not a regular file"
    ;;
  merged_hostile_summaries_stay_well_formed)
    run --junit "$work/good/junit.xml" --gtest_filter=Created.AnswersCreated/Json
    expect_status 0
    # A summary of another run is refused (merge_problem); merged alone it must still write
    # well-formed reports.
    run merge "$work/mixed" "$work/good/summary.json" "$hostile/summary-ctrl-message.json"
    expect_status 2
    run merge "$work/ctrl" "$hostile/summary-ctrl-message.json"
    [ "$status" -le 1 ] || fail "merge exited $status"
    xmllint --noout "$work/ctrl/junit.xml" 2>"$work/xmllint.log" || fail "junit.xml: $(head -5 "$work/xmllint.log")"
    python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$work/ctrl/summary.json" || fail "summary.json is not strict JSON"
    run merge "$work/xss" "$hostile/summary-xss-clause.json"
    [ "$status" -le 1 ] || fail "merge exited $status"
    [ "$(grep -o '<script' "$work/xss/index.html" | wc -l)" -eq 1 ] || fail "index.html holds a script not its own"
    grep -q '<img' "$work/xss/index.html" && fail "the clause's <img> reached index.html unescaped"
    run diff "$work/good/summary.json" "$hostile/summary-ctrl-message.json"
    grep -q $'\x1b' "$work/out" && fail "diff printed the summary's ESC raw"
    ;;
  *)
    fail "no such case"
    ;;
esac
echo "PASS [$case_name]"
