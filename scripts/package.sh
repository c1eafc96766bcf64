#!/usr/bin/env bash
# Builds the Debian package ucwa-conform_<version>_amd64.deb into build/package/: the two
# programs, their man pages, bash completion and the docs. Prints the package's path last.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
command -v dpkg-shlibdeps >/dev/null 2>&1 || {
  echo "ucwa-conform: dpkg-shlibdeps is missing: apt-get install dpkg-dev" >&2
  exit 2
}
./scripts/build.sh --package >&2
(cd build && cpack -G DEB -B package >&2)
ls build/package/ucwa-conform_*_amd64.deb
