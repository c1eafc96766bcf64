#pragma once

#include <string_view>

namespace ucwa::contract {

// MUST where the documentation states the rule; SHOULD where it is inferred or a general HTTP
// rule the UCWA pages do not restate. SHOULD findings fail only under --strict.
enum class Level { must, should };

constexpr std::string_view to_string(Level level) {
  return level == Level::must ? "MUST" : "SHOULD";
}

// One promise of the contract. Ids are stable: never renumbered, only retired.
struct Clause {
  std::string_view id;
  Level level;
  std::string_view source;   // the documentation page it comes from
  std::string_view promise;  // one sentence
};

}  // namespace ucwa::contract
