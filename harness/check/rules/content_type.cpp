#include "check/rules/content_type.hpp"

#include "representation/media_type.hpp"

namespace ucwa::check::rules {

void names_ucwa_format(const Observed& observed, Findings& findings) {
  if (!observed.content_type) {
    findings.push_back({"header Content-Type", "missing"});
    return;
  }
  if (!observed.declared) {
    findings.push_back({"header Content-Type",
                        "\"" + *observed.content_type +
                            "\" is neither a UCWA JSON nor a UCWA XML media type"});
    return;
  }
  if (!observed.body.value) {
    findings.push_back({"body", "Content-Type says " + std::string(model::to_string(*observed.declared)) +
                                    " but the body is not: " + observed.body.error->describe()});
  }
}

void matches_requested_format(const Observed& observed, Findings& findings) {
  // A Content-Type that names no UCWA format at all is REP-CTYPE-1's finding, not this one's.
  if (!observed.declared || *observed.declared == observed.escalation.requested) return;
  findings.push_back({"header Content-Type",
                      "asked for " + std::string(representation::accept_for(observed.escalation.requested)) +
                          ", got \"" + observed.content_type.value_or("(none)") + "\""});
}

}  // namespace ucwa::check::rules
