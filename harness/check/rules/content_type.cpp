#include "check/rules/content_type.hpp"

#include "representation/media_type.hpp"

namespace ucwa::check::rules {

void names_ucwa_format(const Observed& observed, Judgement& judgement) {
  if (!observed.content_type) {
    judgement.fail("header Content-Type", "missing");
    return;
  }
  if (!observed.declared) {
    judgement.fail(
        "header Content-Type",
        "\"" + *observed.content_type + "\" is neither a UCWA JSON nor a UCWA XML media type");
    return;
  }
  if (!observed.body.value) {
    judgement.fail("body", "Content-Type says " +
                               std::string(model::to_string(*observed.declared)) +
                               " but the body is not: " + observed.body.error->describe());
  }
}

void matches_requested_format(const Observed& observed, Judgement& judgement) {
  // A Content-Type that names no UCWA format at all is REP-CTYPE-1's finding, not this one's.
  if (!observed.declared || *observed.declared == observed.escalation.requested) return;
  const auto accept = http::find_header(observed.escalation.exchange.request.headers, "Accept");
  judgement.fail("header Content-Type",
                 "asked for " + std::string(model::to_string(observed.escalation.requested)) +
                     " (Accept: " + accept.value_or("(none)") + "), got \"" +
                     observed.content_type.value_or("(none)") + "\"");
}

void has_documented_shape(const Observed& observed, Judgement& judgement) {
  if (!invitation_or_finding(observed, judgement)) return;
  for (const model::ParseError& defect : observed.body.defects) {
    judgement.fail(defect.location, defect.message);
  }
}

}  // namespace ucwa::check::rules
