# Sourced by the end-to-end scripts. Needs $server (the reference server program), $token, $work
# and a fail function.

# start_server [SERVER FLAGS...]: the reference server on a free port, accepting $token; its URL
# in $url, its process in $server_pid.
start_server() {
  "$server" --port 0 --token "$token" "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    url=$(sed -n '1s/^listening on //p' "$work/server.log")
    [ -n "$url" ] && return 0
    sleep 0.05
  done
  fail "the reference server printed no 'listening on' line: $(cat "$work/server.log")"
}
