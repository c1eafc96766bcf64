#pragma once

#include <string>

namespace ucwa::samples {

// The generated part of docs/mutants.md: every mutant and every variant of the reference
// server in a table, with the clauses it concerns and the documentation page behind it.
std::string mutants_markdown();

// The line after which docs/mutants.md is generated.
inline constexpr const char* kGeneratedMarker =
    "<!-- Generated from the reference server by scripts/mutants-doc.sh: do not edit below. -->";

}  // namespace ucwa::samples
