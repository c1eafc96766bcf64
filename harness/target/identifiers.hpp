#pragma once

#include <string>

namespace ucwa::target {

// 32 lower-case hex digits, the shape of the documentation's operationId and sessionContext.
std::string fresh_identifier();

}  // namespace ucwa::target
