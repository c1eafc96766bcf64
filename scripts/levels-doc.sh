#!/usr/bin/env bash
# Regenerates the table of docs/levels.md from the clause catalogue; the text above the marker
# line is kept as written.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
marker='<!-- Generated from the clause catalogue by scripts/levels-doc.sh: do not edit below. -->'
{
  awk -v marker="$marker" '$0 == marker { exit } { print }' docs/levels.md
  printf '%s\n' "$marker"
  build/tests/ucwa-print-levels-doc
} >docs/levels.md.new
mv docs/levels.md.new docs/levels.md
echo "docs/levels.md updated"
