#include "bridge/outcome.hpp"

#include <utility>

namespace ucwa::bridge {

namespace {

std::optional<report::Outcome>& recorded() {
  static std::optional<report::Outcome> outcome;
  return outcome;
}

std::string heading(const check::Verdict& verdict) {
  return std::string(verdict.clause->id) + " (" +
         std::string(contract::to_string(verdict.clause->level)) + ", " +
         std::string(verdict.clause->source) + "): " + std::string(verdict.clause->promise);
}

std::string findings_of(const check::Verdict& verdict) {
  std::string text;
  for (const check::Finding& finding : verdict.findings) text += "\n  " + finding.describe();
  return text;
}

void record_property(const char* key, const std::string& value) {
  if (::testing::UnitTest::GetInstance()->current_test_info())
    ::testing::Test::RecordProperty(key, value);
}

void skip_running_test(const std::string& reason) {
  GTEST_SKIP() << reason;
}

}  // namespace

report::Outcome outcome_of(const check::Verdict& verdict, const Settings& settings) {
  using report::Status;
  switch (verdict.outcome) {
    case check::Outcome::transport_failure:
      return {Status::error, std::string(report::kind::transport),
              "not judged, " + verdict.transport + "\n  clause " + heading(verdict)};
    case check::Outcome::not_judged:
      return {Status::error, std::string(report::kind::not_judged),
              "not judged: " + verdict.not_judged + "\n  clause " + heading(verdict)};
    case check::Outcome::not_applicable:
      return {Status::skip, std::string(report::kind::absent),
              "nothing to check: " + verdict.not_applicable + " (clause " +
                  std::string(verdict.clause->id) + ")"};
    case check::Outcome::satisfied:
    case check::Outcome::violated:
      break;
  }
  if (verdict.findings.empty()) return {Status::pass, {}, {}};
  const bool must = verdict.has_must_finding();
  if (must || settings.strict) {
    return {Status::fail, std::string(must ? report::kind::must : report::kind::should),
            "violates " + heading(verdict) + findings_of(verdict)};
  }
  return {Status::warn, std::string(report::kind::should), heading(verdict) + findings_of(verdict)};
}

report::Outcome not_provoked(std::string reason, const Settings& settings) {
  if (settings.fail_on_skip) {
    return {report::Status::fail, std::string(report::kind::not_provoked),
            "not provoked, and --fail-on-skip gates on it: " + reason};
  }
  return {report::Status::skip, std::string(report::kind::not_provoked), std::move(reason)};
}

report::Outcome outcome_of(const target::Unavailable& unavailable, const Settings& settings) {
  switch (unavailable.why) {
    case target::Unavailable::Why::not_simulated:
      return not_provoked(unavailable.reason, settings);
    case target::Unavailable::Why::transport:
      return {report::Status::error, std::string(report::kind::transport), unavailable.reason};
    case target::Unavailable::Why::refused:
    case target::Unavailable::Why::malformed:
      break;
  }
  return {report::Status::error, std::string(report::kind::harness),
          "cannot set up the test: " + unavailable.reason};
}

report::Outcome not_run(const std::string& unreachable) {
  return {report::Status::error, std::string(report::kind::transport), "not run: " + unreachable};
}

::testing::AssertionResult settle(report::Outcome outcome) {
  auto& kept = recorded();
  if (kept && !report::worse(outcome.status, kept->status)) return ::testing::AssertionSuccess();
  kept = outcome;
  record_property("verdict", std::string(report::to_string(outcome.status)));
  if (!outcome.kind.empty()) record_property("kind", outcome.kind);
  switch (outcome.status) {
    case report::Status::fail:
    case report::Status::error:
      return ::testing::AssertionFailure() << outcome.message;
    case report::Status::skip:
      skip_running_test(outcome.message);
      break;
    case report::Status::warn:
      record_property("warning", outcome.message);
      break;
    case report::Status::pass:
    case report::Status::waived:
      break;
  }
  return ::testing::AssertionSuccess();
}

std::optional<report::Outcome> take_outcome() {
  return std::exchange(recorded(), std::nullopt);
}

}  // namespace ucwa::bridge
