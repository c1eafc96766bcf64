#pragma once

#include <cstddef>
#include <string>

namespace ucwa::target {

// 32 lower-case hex digits, the shape of the documentation's operationId and sessionContext.
std::string fresh_identifier();

// A fresh value of `characters` hex digits for probing parameter limits: random, so that no
// two requests share one.
std::string fresh_hex(std::size_t characters);

}  // namespace ucwa::target
