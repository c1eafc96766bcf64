#!/usr/bin/env bash
# Approves every golden report: builds, then runs the golden tests with UCWA_APPROVE=1, which
# overwrites tests/report/approved/ with what the writers produce now. Review with git diff.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh
UCWA_APPROVE=1 ctest --test-dir build -R '^ucwa-golden-' --output-on-failure
git status --short tests/report/approved
