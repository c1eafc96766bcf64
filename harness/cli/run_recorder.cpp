#include "cli/run_recorder.hpp"

#include <fstream>
#include <iostream>
#include <map>

#include "bridge/clause_registry.hpp"
#include "bridge/session.hpp"
#include "cli/reports.hpp"
#include "report/evidence.hpp"
#include "report/waivers.hpp"

namespace ucwa::cli {

namespace {

std::string property(const ::testing::TestResult& result, const std::string& key) {
  for (int i = 0; i < result.test_property_count(); ++i) {
    const auto& each = result.GetTestProperty(i);
    if (key == each.key()) return each.value();
  }
  return {};
}

std::string indented(const std::string& text) {
  std::string out = "    ";
  for (const char c : text) out += c == '\n' ? std::string("\n    ") : std::string(1, c);
  return out;
}

// GoogleTest's "Value of: Satisfies(...)\n  Actual: false (WHY)\nExpected: true" as just WHY.
std::string cleaned(const std::string& message) {
  const std::string opening = "Actual: false (";
  const std::string closing = ")\nExpected: true";
  const auto start = message.find(opening);
  const auto end = message.rfind(closing);
  if (!message.starts_with("Value of: ") || start == std::string::npos ||
      end == std::string::npos || end < start) {
    return message;
  }
  std::string why = message.substr(start + opening.size(), end - start - opening.size());
  // The findings were indented under "Actual:"; keep them under the heading.
  for (auto at = why.find("\n    "); at != std::string::npos; at = why.find("\n    ", at + 1))
    why.replace(at, 5, "\n  ");
  return why;
}

// The verdict a finished test came to, from its result and the properties judge() recorded.
void judge_record(const ::testing::TestResult& result, const std::string& failures,
                  const std::string& skip_reason, report::TestRecord& record) {
  const std::string recorded = property(result, "verdict");
  if (result.Failed()) {
    record.message = failures;
    if (recorded == "fail") {
      record.verdict = report::Verdict::fail;
      record.failure_type = property(result, "failure_type");
      if (record.failure_type.empty()) record.failure_type = "MUST";
    } else {
      record.verdict = report::Verdict::error;
      record.failure_type =
          recorded == "transport" || failures.find("transport failure") != std::string::npos
              ? "transport"
              : "harness";
    }
  } else if (result.Skipped()) {
    record.verdict = report::Verdict::skip;
    record.message = skip_reason;
  } else if (recorded == "warn") {
    record.verdict = report::Verdict::warn;
    record.message = property(result, "warning");
  } else {
    record.verdict = report::Verdict::pass;
  }
}

}  // namespace

void RunRecorder::OnTestStart(const ::testing::TestInfo&) {
  failures_.clear();
  skip_reason_.clear();
  bridge::session().take_evidence();  // whatever came before this test is not its evidence
  started_ = std::chrono::steady_clock::now();
}

void RunRecorder::OnTestPartResult(const ::testing::TestPartResult& part) {
  if (part.skipped()) {
    skip_reason_ = part.message();
    return;
  }
  if (!failures_.empty()) failures_ += "\n";
  failures_ += cleaned(part.message());
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
  }
  record.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  judge_record(*info.result(), failures_, skip_reason_, record);

  auto& session = bridge::session();
  const auto exchanges = session.take_evidence();
  const report::Redactor redact(session.settings().profile.token.value_or(""), session.secrets());
  record.message = redact(record.message);
  const bool noteworthy =
      record.verdict != report::Verdict::pass && record.verdict != report::Verdict::skip;
  const bool keep = evidence_ == Options::Evidence::all ||
                    (evidence_ == Options::Evidence::failures && noteworthy);
  if (keep) record.evidence = report::evidence_text(exchanges, redact);
  if (keep && reports_ && !exchanges.empty()) {
    const std::string file =
        "evidence/" + record.area + "." + record.promise + "_" + record.format + ".har";
    std::error_code ignored;
    std::filesystem::create_directories(*reports_ / "evidence", ignored);
    std::ofstream(*reports_ / file)
        << report::har_document(exchanges, redact, utc_timestamp(std::chrono::system_clock::now()));
    record.har = file;
  }

  const bool failing =
      record.verdict == report::Verdict::fail || record.verdict == report::Verdict::error;
  if (!quiet_ || failing) {
    static const std::map<report::Verdict, const char*> labels{
        {report::Verdict::pass, "PASS "}, {report::Verdict::warn, "WARN "},
        {report::Verdict::fail, "FAIL "}, {report::Verdict::error, "ERROR"},
        {report::Verdict::skip, "SKIP "}, {report::Verdict::waived, "WAIVE"}};
    std::cout << labels.at(record.verdict) << " " << record.name() << " ("
              << static_cast<long>(record.seconds * 1000) << " ms)\n";
    if (failing || (!quiet_ && record.verdict == report::Verdict::warn))
      std::cout << indented(record.message) << "\n";
    std::cout.flush();
  }
  std::erase_if(tests_,
                [&](const report::TestRecord& each) { return each.name() == record.name(); });
  tests_.push_back(std::move(record));
}

std::vector<report::TestRecord> RunRecorder::tests() const {
  return tests_;
}

}  // namespace ucwa::cli
