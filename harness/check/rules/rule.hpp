#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "check/observed.hpp"
#include "check/verdict.hpp"

namespace ucwa::check {

// What a rule made of an observation: a finding for everything that breaks its clause, or,
// when the answer holds nothing the clause speaks of, why there was nothing to check.
struct Judgement {
  std::vector<Finding> findings;
  std::optional<std::string> nothing_to_check;

  void fail(std::string path, std::string message, contract::Level level = contract::Level::must) {
    findings.push_back({std::move(path), std::move(message), level});
  }
};

using Rule = std::function<void(const Observed&, Judgement&)>;

// The invitation the rule should look at, or a finding saying why there is none.
const model::Resource* invitation_or_finding(const Observed& observed, Judgement& judgement);

}  // namespace ucwa::check
