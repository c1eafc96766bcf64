#pragma once

#include <string_view>

namespace ucwa::contract {

// MUST where a documentation page (the operation's own page included) states the rule, or where
// its sample is the only definition of a fixed shape; SHOULD where the rule is inferred or is a
// general HTTP rule the UCWA pages do not restate. SHOULD findings fail only under --strict.
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
  // Why the level: for MUST the page's sentence or the sample that fixes it, quoted; for SHOULD
  // what the rule is inferred from. docs/levels.md lists it.
  std::string_view basis;
};

}  // namespace ucwa::contract
