#!/usr/bin/env bash
# Installs what is missing, builds the two programs, and runs every suite: against the embedded
# reference server, or against --target URL. Flags go to ucwa-conform (see --help). Reports land
# in reports/.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
if [ ! -x build/bin/ucwa-conform ]; then
  echo "ucwa-conform: building the two programs; the first build takes a few minutes"
fi
./scripts/build.sh --programs >&2 || { echo "ucwa-conform: the build failed (above)" >&2; exit 2; }
exec build/bin/ucwa-conform "$@"
