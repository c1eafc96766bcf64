#pragma once

#include <string>

namespace ucwa::samples {

// The generated part of docs/levels.md: every clause of the catalogue with its level, the page
// it comes from and the basis of that level.
std::string levels_markdown();

// The line after which docs/levels.md is generated.
inline constexpr const char* kLevelsMarker =
    "<!-- Generated from the clause catalogue by scripts/levels-doc.sh: do not edit below. -->";

}  // namespace ucwa::samples
