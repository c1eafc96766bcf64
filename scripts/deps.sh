#!/usr/bin/env bash
# Installs the Debian packages that are missing, and only those:
#   scripts/deps.sh          what building and running the two programs needs
#   scripts/deps.sh --tests  that, and what only the project's own tests need
#   scripts/deps.sh --bench  that, and what scripts/bench-load.sh compares against (wrk)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libcurl4-openssl-dev nlohmann-json3-dev libpugixml-dev
  libgtest-dev libgmock-dev libcpp-httplib-dev libssl-dev
  libsofia-sip-ua-dev libcli11-dev help2man ccache
)
if [ "${1:-}" = "--tests" ]; then
  # The HTML report in a browser, JUnit against its schema, the package test, TLS, fuzzing, and
  # the hostile test server (peak memory with time, a gzip bomb with zlib).
  packages+=(libxml2-utils curl python3 chromium dpkg-dev man-db openssl time clang zlib1g-dev)
fi
if [ "${1:-}" = "--bench" ]; then
  # The load mode's benchmark: wrk sends the same requests without judging them; time measures.
  packages+=(wrk python3 time)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

echo "ucwa-conform: installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "ucwa-conform: these Debian packages are missing and I am not root (no sudo): ${missing[*]}" >&2
    echo "ucwa-conform: install them with: apt-get install ${missing[*]}" >&2
    exit 2
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
  echo "ucwa-conform: package install failed; refreshing the package lists and trying once more" >&2
  "${sudo_cmd[@]}" apt-get update || true
  if ! "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
    echo "ucwa-conform: could not install: ${missing[*]} (is the Debian package registry reachable?)" >&2
    exit 2
  fi
fi
