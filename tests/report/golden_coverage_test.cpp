// coverage.json and coverage.md of the golden run, compared byte for byte with their approved
// files. The coverage report lists the tests GoogleTest has registered, so this program
// registers a stand-in for each test of the golden run, tied to its clause.
#include <gtest/gtest.h>

#include "approved_file.hpp"
#include "bridge/clause_registry.hpp"
#include "cli/coverage_report.hpp"
#include "golden_run.hpp"

namespace {

using namespace ucwa;

class StandIn : public ::testing::Test {
 public:
  void TestBody() override {}
};

[[maybe_unused]] const bool stand_ins_registered = [] {
  for (const report::TestRecord& test : golden::run().tests) {
    bridge::declare_clause(test.area, test.promise, test.clause);
    ::testing::RegisterTest(test.area.c_str(), (test.promise + "/" + test.format).c_str(), nullptr,
                            nullptr, __FILE__, __LINE__,
                            []() -> ::testing::Test* { return new StandIn; });
  }
  return true;
}();

TEST(GoldenCoverage, CoverageJsonAndMarkdownAreApproved) {
  const auto folder = golden::scratch_folder("coverage");
  cli::write_coverage(golden::run(), folder);
  EXPECT_TRUE(golden::folder_matches_approved("coverage", folder));
}

}  // namespace
