#pragma once

#include <cstddef>

namespace ucwa::representation {

// How deeply a body read into the neutral model may nest: JSON arrays and objects, or XML
// elements, counting the outermost as 1. UCWA resources are a few levels deep (a resource, its
// _embedded, an embedded resource, its _links, a link); 64 leaves ample room and keeps every walk
// far from the stack's end. The readers refuse a deeper body with a located ParseError while
// parsing, before any tree deeper than the limit exists.
inline constexpr std::size_t max_nesting_depth = 64;

}  // namespace ucwa::representation
