#!/usr/bin/env bash
# Configuration errors fail fast: one message with the fix, the right exit status, the summary
# last. One promise per run, named by $1. Prints why it failed; exits non-zero then.
# Talks only to 127.0.0.1: the reference server, and a TLS server started here.
set -uo pipefail

case_name=$1
conform=$2
server=$3

source "$(dirname "$0")/case_setup.sh"

token=conformance-token
unset UCWA_TOKEN  # each case says where its token comes from

# start_server: the reference server on a free port (reference_server.sh).
source "$(dirname "$0")/reference_server.sh"

# start_tls_server: an HTTPS server on 127.0.0.1 with a self-signed certificate made here
# ($work/cert.pem); GET answers 200, POST 501 (the control API cannot simulate anything). Its
# URL in $tls_url.
start_tls_server() {
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$work/key.pem" -out "$work/cert.pem" >"$work/openssl.log" 2>&1 ||
    fail "openssl could not make a certificate: $(cat "$work/openssl.log")"
  python3 - "$work/cert.pem" "$work/key.pem" "$work/tls.port" >"$work/tls.log" 2>&1 <<'PY' &
import http.server, os, ssl, sys

class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status):
        body = b'{}'
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.answer(200)

    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length') or 0))
        self.answer(501)

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1], sys.argv[2])
server.socket = context.wrap_socket(server.socket, server_side=True)
with open(sys.argv[3] + '.tmp', 'w') as port:
    port.write(str(server.server_address[1]))
os.rename(sys.argv[3] + '.tmp', sys.argv[3])
server.serve_forever()
PY
  stop_at_exit+=($!)
  for _ in $(seq 1 100); do
    [ -s "$work/tls.port" ] && { tls_url="https://127.0.0.1:$(cat "$work/tls.port")"; return 0; }
    sleep 0.05
  done
  fail "the TLS server did not start: $(cat "$work/tls.log")"
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

expect_at_most_lines() {
  lines=$(wc -l <"$work/out")
  [ "$lines" -le "$1" ] || fail "$lines lines of output, expected at most $1"
}

# expect_once TEXT: exactly one line of the output holds TEXT (fixed string).
expect_once() {
  count=$(grep -cF -- "$1" "$work/out")
  [ "$count" -eq 1 ] || fail "'$1' is on $count lines, expected 1"
}

case "$case_name" in
  wrong_token_exits_2_naming_its_source)
    start_server
    run_conform --target "$url" --token not-the-token
    expect_status 2
    expect_at_most_lines 5
    expect_summary_last
    expect_once "the control API answered 401 to POST $url/conformance/v1/conversations: the token from --token was refused"
    UCWA_TOKEN=not-the-token run_conform --target "$url"
    expect_status 2
    expect_at_most_lines 5
    expect_once "the token from env UCWA_TOKEN was refused"
    printf 'not-the-token\n' >"$work/token"
    UCWA_TOKEN='' run_conform --target "$url" --token-file "$work/token"
    expect_status 2
    expect_at_most_lines 5
    expect_once "the token from --token-file $work/token was refused"
    UCWA_TOKEN='' run_conform --target "$url"
    expect_status 2
    expect_at_most_lines 5
    expect_once "no token given; give the target's token with --token TOKEN, env UCWA_TOKEN or --token-file FILE"
    ;;
  right_token_still_passes)
    start_server
    run_conform --target "$url" --token "$token" --gtest_filter='Created.*'
    expect_status 0
    expect_summary_last
    ;;
  wrong_control_path_exits_3_naming_it)
    start_server
    run_conform --target "$url" --token "$token" --control "$url/no-such-control-api"
    expect_status 3
    expect_at_most_lines 5
    expect_summary_last
    expect_once "no control API at $url/no-such-control-api (check --control)"
    ;;
  unreadable_cacert_exits_2)
    run_conform --cacert "$work/no-such-ca.pem"
    expect_status 2
    expect_once "--cacert $work/no-such-ca.pem is not a readable file"
    mkdir "$work/a-folder"
    run_conform --cacert "$work/a-folder"
    expect_status 2
    expect_once "--cacert $work/a-folder is not a readable file"
    # A file without read permission: root reads it anyway, so run as nobody then.
    printf 'not read\n' >"$work/locked.pem"
    chmod 000 "$work/locked.pem"
    as_user=()
    if [ "$(id -u)" -eq 0 ]; then
      chmod 755 "$work"
      as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
      "${as_user[@]}" test -x "$conform" || { echo "skipped the unreadable-file check: nobody cannot run $conform"; exit 0; }
    fi
    (cd "$work" && "${as_user[@]}" "$conform" --cacert "$work/locked.pem") >"$work/out" 2>&1
    status=$?
    expect_status 2
    expect_once "--cacert $work/locked.pem is not a readable file"
    ;;
  https_on_plain_http_says_so_once)
    start_server
    run_conform --target "${url/http:/https:}" --token "$token"
    expect_status 3
    expect_summary_last
    expect_once "the server answered plain HTTP on an https:// URL; use http://"
    ;;
  untrusted_certificate_suggests_cacert_which_fixes_it)
    start_tls_server
    run_conform --target "$tls_url" --token "$token" --gtest_filter='Created.*'
    expect_status 3
    expect_summary_last
    expect_once "pass its CA with --cacert FILE, or --insecure to skip verification"
    run_conform --target "$tls_url" --token "$token" --gtest_filter='Created.*' --cacert "$work/cert.pem"
    [ "$status" -ne 3 ] || fail "--cacert with the server's certificate: still unreachable"
    grep -q 'transport failure (tls)' "$work/out" && fail "--cacert with the server's certificate: still a TLS failure"
    expect_summary_last
    ;;
  *)
    fail "no such case"
    ;;
esac
exit 0
