#include "check/rules/status.hpp"

namespace ucwa::check::rules {

void answers_created(const Observed& observed, Findings& findings) {
  if (observed.response.status == 201) return;
  findings.push_back({"status", "expected 201 Created, got " +
                                    std::to_string(observed.response.status)});
}

}  // namespace ucwa::check::rules
