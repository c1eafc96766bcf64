#include "check/rules/rule.hpp"

#include "model/format.hpp"

namespace ucwa::check {

const model::Resource* invitation_or_finding(const Observed& observed, Judgement& judgement) {
  if (!observed.body.value) {
    judgement.fail("body", "no audioVideoInvitation to check: the " +
                               std::string(model::to_string(observed.read_as)) +
                               " body could not be read (" + observed.body.error->describe() +
                               "); status " + std::to_string(observed.response.status));
    return nullptr;
  }
  return &*observed.body.value;
}

}  // namespace ucwa::check
