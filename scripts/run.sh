#!/usr/bin/env bash
# Installs what is missing, builds, and runs every suite: against the embedded reference server,
# or against --target URL. Flags go to ucwa-conform (see --help). Reports land in reports/.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
./scripts/build.sh >build.log 2>&1 || { cat build.log >&2; echo "ucwa-conform: the build failed (build.log)" >&2; exit 2; }
exec build/bin/ucwa-conform "$@"
