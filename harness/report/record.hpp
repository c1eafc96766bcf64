#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// What a run came to, test by test: the one model every report is written from (JUnit,
// summary.json, index.html, Allure) and that `merge` and `diff` read back.
namespace ucwa::report {

// What one test came to. (A clause's judgement on one answer is check::Verdict; this is the
// report's word for a whole test, written "verdict" in every report.)
enum class Status {
  pass,    // satisfied
  warn,    // SHOULD-level findings, passing without --strict
  fail,    // a conformance failure
  error,   // transport or harness trouble, or an answer that could not be judged
  skip,    // nothing to check, or a state the target could not be brought to
  waived,  // a failure a waiver covers: shown, does not gate
};

std::string_view to_string(Status status);
std::optional<Status> status_named(std::string_view name);

// The one order of statuses, worst first: fail, error, waived, warn, skip, pass. Whatever shows
// the worst of several tests (coverage, the HTML matrix) or lists tests worst first uses it.
int severity(Status status);
bool worse(Status a, Status b);

// Why a test failed, erred or was skipped: JUnit's failure, error and skipped `type`.
namespace kind {
inline constexpr std::string_view must = "MUST";              // fail: a MUST finding
inline constexpr std::string_view should = "SHOULD";          // fail: a SHOULD finding, --strict
inline constexpr std::string_view transport = "transport";    // error: no answer
inline constexpr std::string_view harness = "harness";        // error: the harness or set-up broke
inline constexpr std::string_view not_judged = "not-judged";  // error: answer in another format
inline constexpr std::string_view absent = "absent";  // skip: an optional member, nothing to judge
inline constexpr std::string_view not_provoked = "not-provoked";  // skip (fail: --fail-on-skip)
}  // namespace kind

// A test's outcome, decided once (bridge::outcome_of) and carried unchanged into the record.
struct Outcome {
  Status status = Status::pass;
  std::string kind;     // one of report::kind, empty for pass
  std::string message;  // the findings, the warning, the reason for an error or a skip
};

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
  std::string sentence;  // the clause's promise, one sentence
  Status status = Status::pass;
  std::string kind;     // see report::kind
  std::string message;  // the failure, the warning or the skip reason
  double seconds = 0;
  std::int64_t started_ms = 0;   // when it started, milliseconds since 1970 (UTC); 0: unknown
  std::string evidence;          // every exchange, redacted, each with a curl command
  std::string har;               // the HAR file, relative to the reports folder; empty when none
  std::string har_document;      // its content, redacted; written with the other reports
  std::string replay;            // a failure's replay script, relative to the reports folder
  std::string replay_script;     // its content (report::replay_script); written with the reports
  std::optional<Waiver> waiver;  // the waiver that covers (or no longer covers) a failure

  std::string name() const { return area + "." + promise + "/" + format; }
};

// Which part of a sharded run (GTEST_SHARD_INDEX of GTEST_TOTAL_SHARDS); {0, 1} for a whole one.
struct Shard {
  int index = 0;
  int total = 1;
  bool operator==(const Shard&) const = default;
};

struct RunRecord {
  std::string harness_version;
  Shard shard;
  std::string target;
  std::string started;  // ISO 8601, UTC
  double seconds = 0;
  std::map<std::string, std::string> options;  // the options in force
  std::vector<TestRecord> tests;
  std::vector<Waiver> stale_waivers;    // waivers whose tests now pass
  std::vector<Waiver> expired_waivers;  // waivers past their date that match a failure
  // The exit status, decided before the reports are written so that they can show it; none in a
  // summary.json of an older harness.
  std::optional<int> exit_status;
};

// The gate's word for an exit status (app/exit_status.hpp): "PASS", "FAIL", "UNREACHABLE",
// "NOTHING RAN", "CONFIGURATION ERROR". The console's picture line and index.html begin with it.
std::string_view gate_word(int exit_status);

// The one count of a run. passed includes warned; skipped splits into absent and not provoked;
// failed includes the not-provoked tests that --fail-on-skip failed.
struct Totals {
  int tests = 0, passed = 0, warned = 0, failed = 0, errors = 0, skipped = 0, waived = 0;
  int absent = 0, not_provoked = 0, failed_not_provoked = 0;

  // The plain last line: errors count as failed, waived as passed, so the three add up to tests.
  int line_passed() const { return passed + waived; }
  int line_failed() const { return failed + errors; }
};
Totals totals_of(const RunRecord& run);

// "240 passed, 18 failed, 2 skipped": the last line of every run.
std::string plain_line(const Totals& totals);

}  // namespace ucwa::report
