#!/usr/bin/env bash
# The Debian package as a user gets it: built by scripts/package.sh, unpacked into a scratch
# root (dpkg -x), then its programs, man pages and bash completion used from there.
set -uo pipefail
source_dir=$1

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL [package]: $*"; exit 1; }

deb=$("$source_dir/scripts/package.sh" 2>"$work/package.log" | tail -n 1) || fail "scripts/package.sh failed: $(tail -20 "$work/package.log")"
[ -f "$source_dir/$deb" ] || fail "no package at '$deb'"
dpkg-deb -I "$source_dir/$deb" | grep '^ Depends: .*libcurl4' >/dev/null || fail "the package does not depend on the runtime libraries it links"
dpkg -x "$source_dir/$deb" "$work/root" || fail "dpkg -x failed"
bin=$work/root/usr/bin
export PATH="$bin:$PATH"

version=$(ucwa-conform --version) || fail "the installed ucwa-conform --version failed"
[[ "$version" == "ucwa-conform "[0-9]* ]] || fail "unexpected version line '$version'"
[ "$(ucwa-reference-server --version)" = "ucwa-reference-server ${version#ucwa-conform }" ] || fail "the two programs disagree on the version"

ucwa-reference-server --port 0 --token package-token >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  url=$(sed -n '1s/^listening on //p' "$work/server.log")
  [ -n "$url" ] && break
  sleep 0.05
done
[ -n "$url" ] || fail "the installed reference server did not start: $(cat "$work/server.log")"
(cd "$work" && ucwa-conform --target "$url" --token package-token --quiet --evidence none) >"$work/run.log" 2>&1 ||
  fail "the installed ucwa-conform failed against the installed reference server: $(tail -5 "$work/run.log")"
tail -n 1 "$work/run.log" | grep -Eq '^[1-9][0-9]* passed, 0 failed, 0 skipped$' || fail "unexpected summary: $(tail -n 1 "$work/run.log")"

for program in ucwa-conform ucwa-reference-server; do
  page=$work/root/usr/share/man/man1/$program.1.gz
  [ -f "$page" ] || fail "no man page for $program"
  MANWIDTH=80 man -l "$page" 2>/dev/null | grep -- '--token' >/dev/null || fail "man -l $program.1.gz does not describe --token"
done

completion=$work/root/usr/share/bash-completion/completions/ucwa-conform
[ -f "$completion" ] || fail "no bash completion"
completed=$(bash -c 'source "$1"; COMP_WORDS=(ucwa-conform --tar); COMP_CWORD=1; _ucwa_conform; echo "${COMPREPLY[*]}"' _ "$completion")
[ "$completed" = "--target" ] || fail "--tar completes to '$completed', not --target"
areas=$(bash -c 'source "$1"; COMP_WORDS=(ucwa-conform --gtest_filter=Cre); COMP_CWORD=1; _ucwa_conform; echo "${COMPREPLY[*]}"' _ "$completion")
[ "$areas" = "--gtest_filter=Created.*" ] || fail "--gtest_filter=Cre completes to '$areas'"
mutants=$(bash -c 'source "$1"; COMP_WORDS=(ucwa-reference-server --mutant always-j); COMP_CWORD=2; _ucwa_reference_server; echo "${COMPREPLY[*]}"' _ "$completion")
[ "$mutants" = "always-json" ] || fail "--mutant always-j completes to '$mutants'"
load=$(bash -c 'source "$1"; COMP_WORDS=(ucwa-conform load --conc); COMP_CWORD=2; _ucwa_conform; echo "${COMPREPLY[*]}"' _ "$completion")
[ "$load" = "--concurrency" ] || fail "load --conc completes to '$load', not --concurrency"
load_mutants=$(bash -c 'source "$1"; COMP_WORDS=(ucwa-reference-server --mutant echoes-sw); COMP_CWORD=2; _ucwa_reference_server; echo "${COMPREPLY[*]}"' _ "$completion")
[ "$load_mutants" = "echoes-swapped-in-flight" ] || fail "--mutant echoes-sw completes to '$load_mutants'"
echo "ok [package]: $deb"
