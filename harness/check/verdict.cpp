#include "check/verdict.hpp"

#include <algorithm>

namespace ucwa::check {

std::string Finding::describe() const {
  std::string text = "[" + std::string(contract::to_string(level)) + "] ";
  if (!path.empty()) text += path + ": ";
  return text + message;
}

bool Verdict::has_must_finding() const {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.level == contract::Level::must; });
}

}  // namespace ucwa::check
