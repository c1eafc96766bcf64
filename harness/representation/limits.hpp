#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ucwa::representation {

// How deeply a body read into the neutral model may nest: JSON arrays and objects, or XML
// elements, counting the outermost as 1. UCWA resources are a few levels deep (a resource, its
// _embedded, an embedded resource, its _links, a link); 64 leaves ample room and keeps every walk
// far from the stack's end. The readers refuse a deeper body with a located ParseError while
// parsing, before any tree deeper than the limit exists.
inline constexpr std::size_t max_nesting_depth = 64;

// A body could otherwise make its defects' locations far larger than itself (one long key above
// many broken links): a reader records at most max_defects defects, then one saying how many it
// left out, and writes at most max_location_name_bytes of a name or key into a location, marking
// the cut with "...".
inline constexpr std::size_t max_defects = 1000;
inline constexpr std::size_t max_location_name_bytes = 128;

// Appends name to a location, cut as above.
inline void append_clipped(std::string& location, std::string_view name) {
  if (name.size() <= max_location_name_bytes) {
    location += name;
  } else {
    location += name.substr(0, max_location_name_bytes);
    location += "...";
  }
}

// The defect that stands for those past max_defects.
inline std::string more_defects(std::size_t left_out) {
  return std::to_string(left_out) + " more defects not listed (a reader lists at most " +
         std::to_string(max_defects) + ")";
}

}  // namespace ucwa::representation
