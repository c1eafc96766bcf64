#include "app/coverage_report.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "bridge/clause_registry.hpp"
#include "contract/catalogue.hpp"
#include "report/coverage.hpp"

namespace ucwa::app {

namespace {

std::vector<report::CoveredClause> catalogue_clauses() {
  std::vector<report::CoveredClause> clauses;
  for (const contract::Clause& clause : contract::catalogue()) {
    // Judged by `ucwa-conform load` alone: no suite test can cover them.
    if (contract::observation_of(clause.rule) == contract::Observation::concurrent) continue;
    clauses.push_back({std::string(clause.id), std::string(contract::to_string(clause.level)),
                       std::string(clause.source), std::string(clause.promise)});
  }
  return clauses;
}

// Every test the program has, filtered out or not, with its clause.
std::vector<report::DeclaredTest> declared_tests() {
  std::vector<report::DeclaredTest> tests;
  const ::testing::UnitTest& unit = *::testing::UnitTest::GetInstance();
  for (int s = 0; s < unit.total_test_suite_count(); ++s) {
    const ::testing::TestSuite& suite = *unit.GetTestSuite(s);
    for (int t = 0; t < suite.total_test_count(); ++t) {
      const ::testing::TestInfo& info = *suite.GetTestInfo(t);
      const contract::Clause* clause = bridge::clause_of(info);
      if (!clause) continue;
      const std::string name = info.name();
      const auto slash = name.rfind('/');
      tests.push_back({std::string(info.test_suite_name()) + "." + name, std::string(clause->id),
                       slash == std::string::npos ? "" : name.substr(slash + 1)});
    }
  }
  return tests;
}

}  // namespace

std::optional<std::string> write_coverage(const report::RunRecord& run,
                                          const std::filesystem::path& folder) {
  const report::Coverage coverage = report::coverage_of(run, catalogue_clauses(), declared_tests());
  for (const auto& [file, text] :
       {std::pair{"coverage.json", &coverage.json}, std::pair{"coverage.md", &coverage.markdown}}) {
    std::ofstream out(folder / file, std::ios::binary);
    out << *text;
    if (!out) return "cannot write " + (folder / file).string();
  }
  return std::nullopt;
}

}  // namespace ucwa::app
