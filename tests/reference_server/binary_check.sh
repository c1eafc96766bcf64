#!/usr/bin/env bash
# Checks the ucwa-reference-server program from the outside: its flags, its first line,
# that it serves, that it stops cleanly on SIGTERM and SIGINT, and a port in use.
# Usage: binary_check.sh PATH-TO-ucwa-reference-server
set -u
server="$1"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ "$("$server" --version)" =~ ^ucwa-reference-server\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version"
"$server" --help | grep -q -- "--port" || fail "--help does not list --port"
"$server" --no-such-flag >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "a bad flag must exit 2"
"$server" --port 70000 >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "--port 70000 must exit 2"
"$server" --port abc >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "--port abc must exit 2"
"$server" --help | grep -q -- "--event-hold-ms" || fail "--help does not list --event-hold-ms"
"$server" --event-hold-ms -1 >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "--event-hold-ms -1 must exit 2"

# Starts the server with the given flags; sets $pid and $url from its first line.
start() {
  local out="$work/out.$RANDOM"
  "$server" "$@" >"$out" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 100); do [[ -s "$out" ]] && break; sleep 0.05; done
  line="$(head -n 1 "$out")"
  [[ "$line" =~ ^listening\ on\ (http://127\.0\.0\.1:[0-9]+)$ ]] || fail "first line was '$line'"
  url="${BASH_REMATCH[1]}"
}

# Stops $pid with the given signal and expects exit 0.
stop_with() {
  kill -"$1" "$pid"
  wait "$pid"
  local status=$?
  [[ $status -eq 0 ]] || fail "exit status $status after SIG$1"
}

start --token secret
status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Authorization: Bearer secret' \
  -H 'Content-Type: application/json' -d '{}' "$url/conformance/v1/conversations")"
[[ "$status" == 201 ]] || fail "control API answered $status"
stop_with TERM

start --port 0
port="${url##*:}"
"$server" --port "$port" >"$work/taken" 2>&1
status=$?
[[ $status -eq 1 ]] || fail "a port in use must exit 1, got $status"
grep -q "127.0.0.1:$port" "$work/taken" || fail "the port-in-use message must name the address: $(cat "$work/taken")"
stop_with INT

mutants="$("$server" --list-mutants | wc -l)"
[[ $mutants -ge 50 ]] || fail "--list-mutants lists $mutants mutants, fewer than 50"
variants="$("$server" --list-variants | wc -l)"
[[ $variants -ge 12 ]] || fail "--list-variants lists $variants variants, fewer than 12"
"$server" --list-mutants | awk -F'\t' 'NF != 4 { exit 1 }' || fail "--list-mutants lines are not name, clauses, page, what"
"$server" --mutant no-such-mutant >"$work/unknown" 2>&1
status=$?
[[ $status -eq 2 ]] || fail "an unknown mutant must exit 2, got $status"
grep -q 'no-such-mutant' "$work/unknown" || fail "the message must name the unknown mutant"

start --variant conditions-not-simulated
status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Authorization: Bearer conformance-token' \
  -H 'Content-Type: application/json' -d '{"scopes":[]}' "$url/conformance/v1/tokens")"
[[ "$status" == 501 ]] || fail "with conditions-not-simulated, tokens answered $status"
stop_with TERM

echo "binary checks passed"
