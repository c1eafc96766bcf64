# Sourced first by the end-to-end scripts, after they set $case_name: a scratch folder ($work),
# removed at exit with every process started for the case ($server_pid, and any pid added to
# $stop_at_exit), and `fail`, which says why the case failed with the end of $work/out.

work=$(mktemp -d)
server_pid=""
stop_at_exit=()
cleanup() {
  local pid
  for pid in "$server_pid" "${stop_at_exit[@]}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL [$case_name]: $*"
  [ -f "$work/out" ] && { echo "--- output ---"; tail -40 "$work/out"; }
  exit 1
}
