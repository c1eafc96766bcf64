#!/usr/bin/env bash
# Regenerates the generated part of a document: everything below its marker line is replaced by
# what PROGRAM (built under build/tests/) prints; the text above the marker is kept as written.
#   scripts/regenerate-doc.sh DOC PROGRAM WHAT
set -euo pipefail
cd "$(dirname "$0")/.."
doc=$1 program=$2 what=$3
./scripts/build.sh >/dev/null
marker="<!-- Generated from $what by scripts/$(basename "${REGENERATED_BY:-$0}"): do not edit below. -->"
{
  awk -v marker="$marker" '$0 == marker { exit } { print }' "$doc"
  printf '%s\n' "$marker"
  "build/tests/$program"
} >"$doc.new"
mv "$doc.new" "$doc"
echo "$doc updated"
