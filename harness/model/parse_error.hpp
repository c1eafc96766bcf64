#pragma once

#include <string>

namespace ucwa::model {

// A body, or part of one, that could not be read, and where: "byte 17", "/_links/self/href",
// "/resource/link[3]".
struct ParseError {
  std::string location;
  std::string message;

  std::string describe() const { return location.empty() ? message : location + ": " + message; }
};

}  // namespace ucwa::model
