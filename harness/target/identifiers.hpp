#pragma once

#include <cstddef>
#include <string>

namespace ucwa::target {

// 32 lower-case hex digits, the shape of the documentation's operationId and sessionContext.
std::string fresh_identifier();

// Fresh values of `characters` characters (not bytes) for probing parameter limits: random,
// so that no two requests share one.
std::string fresh_hex(std::size_t characters);
// Printable ASCII a URL must percent-encode: space, &, =, +, %, #, ?, /, quotes, brackets...
std::string fresh_reserved(std::size_t characters);
// Characters of two, three and four bytes in UTF-8 (é, €, 😀 and kin).
std::string fresh_multibyte(std::size_t characters);

}  // namespace ucwa::target
