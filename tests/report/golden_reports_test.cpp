// Every report the run record is written into, compared byte for byte with its approved file
// (tests/report/approved/); scripts/approve-reports.sh approves them all after a wanted change.
#include <gtest/gtest.h>

#include <algorithm>

#include "approved_file.hpp"
#include "golden_run.hpp"
#include "report/allure.hpp"
#include "report/coverage.hpp"
#include "report/html_report.hpp"
#include "report/junit_writer.hpp"
#include "report/replay.hpp"
#include "report/summary.hpp"

namespace {

using namespace ucwa;

TEST(GoldenReports, JunitXmlIsApproved) {
  EXPECT_TRUE(golden::matches_approved("junit.xml", report::junit_xml(golden::run())));
}

TEST(GoldenReports, SummaryJsonIsApproved) {
  EXPECT_TRUE(golden::matches_approved("summary.json", report::summary_json(golden::run())));
}

TEST(GoldenReports, IndexHtmlAndItsScriptAndStylesAreApproved) {
  const auto files = report::html_files(golden::run());
  ASSERT_EQ(files.size(), 3u);
  for (const auto& [name, text] : files) EXPECT_TRUE(golden::matches_approved(name, text)) << name;
  EXPECT_EQ(files.front().second, report::html_report(golden::run()));
}

TEST(GoldenReports, EvidenceHarIsApproved) {
  const std::string har =
      report::har_document(golden::exchanges(), golden::redactor(), golden::started);
  EXPECT_TRUE(golden::matches_approved("evidence.har", har));
}

TEST(GoldenReports, ReplayScriptIsApproved) {
  const std::string script =
      report::replay_script(golden::exchanges(), golden::redactor(),
                            {"Created.EchoesOperationId/Json", "http://127.0.0.1:8443",
                             "http://127.0.0.1:8443/conformance/v1"});
  EXPECT_TRUE(golden::matches_approved("replay.sh", script));
}

TEST(GoldenReports, AllureResultsAreApproved) {
  const auto folder = golden::scratch_folder("allure");
  ASSERT_EQ(report::write_allure_results(golden::run(), folder), "");
  EXPECT_TRUE(golden::folder_matches_approved("allure", folder));
}

// Coverage of the golden run: its clauses, and one no test covers.
TEST(GoldenReports, CoverageIsApproved) {
  std::vector<report::CoveredClause> clauses;
  std::vector<report::DeclaredTest> tests;
  for (const report::TestRecord& test : golden::run().tests) {
    const bool listed = std::any_of(clauses.begin(), clauses.end(),
                                    [&](const auto& clause) { return clause.id == test.clause; });
    if (!listed) clauses.push_back({test.clause, test.level, test.source, test.sentence});
    tests.push_back({test.name(), test.clause, test.format});
  }
  clauses.push_back({"X-UNCOVERED-1", "MUST", "UCWA/PayloadFormat.md", "No test covers this."});
  const report::Coverage coverage = report::coverage_of(golden::run(), clauses, tests);
  EXPECT_TRUE(golden::matches_approved("coverage/coverage.json", coverage.json));
  EXPECT_TRUE(golden::matches_approved("coverage/coverage.md", coverage.markdown));
}

}  // namespace
