// Every report the run record is written into, compared byte for byte with its approved file
// (tests/report/approved/); scripts/approve-reports.sh approves them all after a wanted change.
#include <gtest/gtest.h>

#include "approved_file.hpp"
#include "golden_run.hpp"
#include "report/allure.hpp"
#include "report/html_report.hpp"
#include "report/junit_writer.hpp"
#include "report/summary.hpp"

namespace {

using namespace ucwa;

TEST(GoldenReports, JunitXmlIsApproved) {
  EXPECT_TRUE(golden::matches_approved("junit.xml", report::junit_xml(golden::run())));
}

TEST(GoldenReports, SummaryJsonIsApproved) {
  EXPECT_TRUE(golden::matches_approved("summary.json", report::summary_json(golden::run())));
}

TEST(GoldenReports, IndexHtmlIsApproved) {
  EXPECT_TRUE(golden::matches_approved("index.html", report::html_report(golden::run())));
}

TEST(GoldenReports, EvidenceHarIsApproved) {
  const std::string har =
      report::har_document(golden::exchanges(), golden::redactor(), golden::started);
  EXPECT_TRUE(golden::matches_approved("evidence.har", har));
}

TEST(GoldenReports, AllureResultsAreApproved) {
  const auto folder = golden::scratch_folder("allure");
  ASSERT_EQ(report::write_allure_results(golden::run(), folder), "");
  EXPECT_TRUE(golden::folder_matches_approved("allure", folder));
}

}  // namespace
