#pragma once

#include <optional>
#include <string>

#include "app/reachability.hpp"

namespace ucwa::app {

// After the reachability probe, before the first test: one POST {control}/conversations, so
// that a configuration error is said once, with its fix, instead of once per test.
//   401 or 403  -> bad_usage (2): the token is wrong; names where it came from
//   404         -> unreachable (3): no control API at that URL
// Anything else (201, 501, 5xx, no answer, or an unreachable target) lets the run go on: the
// tests, or the reachability probe, report it as before.
// `token_source` is Options::token_source. Prints the message (stderr) and returns the exit
// status when the run must stop.
std::optional<int> preflight(Reachability& reachability, const std::string& token_source);

}  // namespace ucwa::app
