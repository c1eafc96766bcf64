#pragma once

#include <map>
#include <optional>
#include <string>

#include "model/value.hpp"

namespace ucwa::model {

// The UCWA error body (ErrorsAndInformationalMessages.md): JSON object or XML <reason>.
struct Reason {
  std::optional<std::string> code;  // the only required field
  std::optional<std::string> subcode;
  std::optional<std::string> message;
  std::optional<std::string> link;
  std::map<std::string, Value> parameters;
  std::map<std::string, Value> debug_info;
};

}  // namespace ucwa::model
