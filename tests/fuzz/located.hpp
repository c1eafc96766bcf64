#pragma once

#include <cstdlib>

#include "model/result.hpp"

namespace ucwa::fuzz {

// What every reader promises whatever the bytes: a value, or an error that says why (and where:
// a byte offset, a path, or the JSON root pointer "").
template <typename T>
void expect_located(const model::Read<T>& read) {
  if (read.value) return;
  // The JSON readers locate an error about the whole body at the root pointer, "".
  if (!read.error || read.error->message.empty()) std::abort();
}

}  // namespace ucwa::fuzz
