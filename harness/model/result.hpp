#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "model/parse_error.hpp"

namespace ucwa::model {

// A value, or why there is none: the one shape for "value or located error". `error` is set
// exactly when `value` is empty.
template <typename T, typename Error = ParseError>
struct Result {
  std::optional<T> value;
  std::optional<Error> error;

  static Result failed(Error why) { return {std::nullopt, std::move(why)}; }
};

// What a reader made of a body: a Result whose `error` says why nothing could be read, and
// `defects`, the parts it had to pass over while still reading the rest.
template <typename T>
struct Read : Result<T> {
  std::vector<ParseError> defects;

  static Read failed(ParseError why) { return {{std::nullopt, std::move(why)}, {}}; }
};

}  // namespace ucwa::model
