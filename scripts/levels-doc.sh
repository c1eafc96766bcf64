#!/usr/bin/env bash
# Regenerates the table of docs/levels.md from the clause catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
REGENERATED_BY=levels-doc.sh exec ./scripts/regenerate-doc.sh docs/levels.md ucwa-print-levels-doc "the clause catalogue"
