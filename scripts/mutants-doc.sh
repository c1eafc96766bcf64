#!/usr/bin/env bash
# Regenerates the tables of docs/mutants.md from the reference server's own list of mutants
# and variants.
set -euo pipefail
cd "$(dirname "$0")/.."
REGENERATED_BY=mutants-doc.sh exec ./scripts/regenerate-doc.sh docs/mutants.md ucwa-print-mutants-doc "the reference server"
