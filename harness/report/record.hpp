#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

// What a run came to, test by test: the one model every report is written from (JUnit,
// summary.json, index.html, Allure) and that `merge` and `diff` read back.
namespace ucwa::report {

enum class Verdict {
  pass,    // satisfied
  warn,    // SHOULD-level findings, passing without --strict
  fail,    // a conformance failure
  error,   // transport or harness trouble: no conformance verdict
  skip,    // nothing to check, or a state the target cannot simulate
  waived,  // a failure a waiver covers: shown, does not gate
};

std::string_view to_string(Verdict verdict);
std::optional<Verdict> verdict_named(std::string_view name);

struct Waiver {
  std::string test;    // "Area.Promise/Format", or empty
  std::string clause;  // a clause id, or empty
  std::string reason;
  std::string ticket;
  std::string expires;  // YYYY-MM-DD, the last day it holds
};

struct TestRecord {
  std::string area;     // "Created"
  std::string promise;  // "AnswersCreated"
  std::string format;   // "Json" or "Xml"
  std::string clause, level, source;
  Verdict verdict = Verdict::pass;
  std::string failure_type;  // fail: MUST or SHOULD; error: transport or harness
  std::string message;       // the failure, the warning or the skip reason
  double seconds = 0;
  std::string evidence;          // every exchange, redacted, each with a curl command
  std::string har;               // the HAR file, relative to the reports folder; empty when none
  std::optional<Waiver> waiver;  // the waiver that covers (or no longer covers) a failure

  std::string name() const { return area + "." + promise + "/" + format; }
};

struct RunRecord {
  std::string harness_version;
  std::string target;
  std::string started;  // ISO 8601, UTC
  double seconds = 0;
  std::map<std::string, std::string> options;  // the options in force
  std::vector<TestRecord> tests;
  std::vector<Waiver> stale_waivers;    // waivers whose tests now pass, or match no test
  std::vector<Waiver> expired_waivers;  // waivers past their date that match a failure
};

struct Totals {
  int tests = 0, passed = 0, warned = 0, failed = 0, errors = 0, skipped = 0, waived = 0;
};
Totals totals_of(const RunRecord& run);

}  // namespace ucwa::report
