#!/usr/bin/env bash
# Regenerates the tables of docs/mutants.md from the reference server's own list of mutants
# and variants; the text above the marker line is kept as written.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
marker='<!-- Generated from the reference server by scripts/mutants-doc.sh: do not edit below. -->'
{
  awk -v marker="$marker" '$0 == marker { exit } { print }' docs/mutants.md
  printf '%s\n' "$marker"
  build/tests/ucwa-print-mutants-doc
} >docs/mutants.md.new
mv docs/mutants.md.new docs/mutants.md
echo "docs/mutants.md updated"
