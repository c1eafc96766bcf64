#pragma once

#include <string>
#include <vector>

#include "contract/clause.hpp"

namespace ucwa::check {

// One thing that broke, and where: "operationId", "header Content-Type", "_links/self".
struct Finding {
  std::string path;
  std::string message;
  contract::Level level = contract::Level::must;  // a MUST clause may add SHOULD-level findings
  // Under load: the operationId of the other escalation the answer belongs to (cross-talk).
  std::string other_escalation = {};

  std::string describe() const;
};

enum class Outcome {
  satisfied,          // no finding
  violated,           // at least one finding
  transport_failure,  // no answer to judge: never a conformance verdict
  not_applicable,     // the answer holds nothing the clause speaks of: skipped, never passed
  not_judged,  // an answer in another format than the one asked for: never passed (REP-CTYPE-2)
};

struct Verdict {
  const contract::Clause* clause = nullptr;
  Outcome outcome = Outcome::satisfied;
  std::vector<Finding> findings = {};
  std::string transport = {};       // the transport failure, when outcome says so
  std::string not_applicable = {};  // why there was nothing to check, when outcome says so
  std::string not_judged = {};      // why the answer could not be judged, when outcome says so

  // Whether any finding is at MUST level (fails every run) or only SHOULD (fails under --strict).
  bool has_must_finding() const;
};

}  // namespace ucwa::check
