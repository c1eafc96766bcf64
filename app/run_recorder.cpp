#include "app/run_recorder.hpp"

#include <algorithm>

#include "app/reports.hpp"
#include "bridge/clause_registry.hpp"
#include "bridge/outcome.hpp"
#include "bridge/session.hpp"
#include "report/evidence.hpp"
#include "report/replay.hpp"

namespace ucwa::app {

namespace {

// A test that settled no outcome: the harness (a fixture, an assertion outside Satisfies) ended
// it. Never a pass: a test that judged nothing proves nothing.
report::Outcome unsettled_outcome(const ::testing::TestResult& result, const std::string& parts) {
  if (result.Skipped()) return bridge::not_provoked(parts, bridge::session().settings());
  return {report::Status::error, std::string(report::kind::harness),
          result.Failed() ? "harness defect: " + parts : "harness defect: the test judged nothing"};
}

}  // namespace

void RunRecorder::OnTestStart(const ::testing::TestInfo&) {
  unsettled_.clear();
  bridge::take_outcome();
  bridge::session().take_evidence();  // whatever came before this test is not its evidence
  started_ = std::chrono::steady_clock::now();
  started_at_ = std::chrono::system_clock::now();
}

void RunRecorder::OnTestPartResult(const ::testing::TestPartResult& part) {
  if (!unsettled_.empty()) unsettled_ += "\n";
  unsettled_ += part.message();
}

void RunRecorder::OnTestEnd(const ::testing::TestInfo& info) {
  report::TestRecord record;
  record.area = info.test_suite_name();
  const std::string name = info.name();
  record.promise = name.substr(0, name.find('/'));
  record.format = name.find('/') == std::string::npos ? "" : name.substr(name.find('/') + 1);
  if (const contract::Clause* clause = bridge::clause_of(info)) {
    record.clause = clause->id;
    record.level = contract::to_string(clause->level);
    record.source = clause->source;
    record.sentence = clause->promise;
  }
  record.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  record.started_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(started_at_.time_since_epoch()).count();
  report::Outcome outcome =
      bridge::take_outcome().value_or(unsettled_outcome(*info.result(), unsettled_));
  record.status = outcome.status;
  record.kind = std::move(outcome.kind);

  auto& session = bridge::session();
  const auto exchanges = session.take_evidence();
  const report::Redactor redact(session.settings().profile.token.value_or(""), session.secrets());
  record.message = redact(outcome.message);
  const bool noteworthy =
      record.status != report::Status::pass && record.status != report::Status::skip;
  const bool keep = evidence_ == Options::Evidence::all ||
                    (evidence_ == Options::Evidence::failures && noteworthy);
  // The exchanges are stored once, in the test's HAR file; the other reports repeat them (with
  // curl commands) only for the tests worth a look, so that a green run's reports stay small.
  if (keep && noteworthy) record.evidence = report::evidence_text(exchanges, redact);
  if (keep && !exchanges.empty()) {
    record.har = "evidence/" + record.area + "." + record.promise + "_" + record.format + ".har";
    record.har_document =
        report::har_document(exchanges, redact, utc_timestamp(std::chrono::system_clock::now()));
  }
  // A failure that reproduces: its exchanges as a script (a test not run made none).
  const bool failed =
      record.status == report::Status::fail || record.status == report::Status::error;
  if (keep && failed && !exchanges.empty()) {
    const auto& profile = session.settings().profile;
    record.replay = "replay/" + record.area + "." + record.promise + "_" + record.format + ".sh";
    record.replay_script =
        report::replay_script(exchanges, redact, {record.name(), profile.target, profile.control});
  }

  progress_.finished(record);
  auto earlier = std::find_if(tests_.begin(), tests_.end(), [&](const report::TestRecord& each) {
    return each.name() == record.name();
  });
  if (earlier == tests_.end())
    tests_.push_back(std::move(record));
  else if (!report::worse(earlier->status, record.status))
    *earlier = std::move(record);  // a repeat keeps the worst iteration, else the latest
}

}  // namespace ucwa::app
