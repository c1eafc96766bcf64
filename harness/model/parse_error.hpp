#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ucwa::model {

// A body, or part of one, that could not be read, and where: "byte 17", "/_links/self/href",
// "/resource/link[3]".
struct ParseError {
  std::string location;
  std::string message;

  std::string describe() const { return location.empty() ? message : location + ": " + message; }
};

// What a reader made of a body. `error` is set (and `value` empty) when nothing could be read;
// `defects` lists the parts it had to pass over while still reading the rest.
template <typename T>
struct Read {
  std::optional<T> value;
  std::optional<ParseError> error;
  std::vector<ParseError> defects;

  static Read failed(ParseError why) { return {std::nullopt, std::move(why), {}}; }
};

}  // namespace ucwa::model
