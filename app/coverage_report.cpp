#include "app/coverage_report.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bridge/clause_registry.hpp"
#include "contract/catalogue.hpp"

namespace ucwa::app {

namespace {

using Json = nlohmann::ordered_json;

// A format shows its worst test (report::severity); a test that did not run is below all.
int severity(const std::string& verdict) {
  const auto status = report::status_named(verdict);
  return status ? report::severity(*status) : 0;
}

std::string format_of(const ::testing::TestInfo& info) {
  const std::string name = info.name();
  const auto slash = name.rfind('/');
  return slash == std::string::npos ? "" : name.substr(slash + 1);
}

struct Covered {
  Json tests = Json::array();
  std::map<std::string, std::string> per_format;  // "Json" -> worst verdict
};

void write_markdown(const std::filesystem::path& path, const Json& report) {
  std::ofstream out(path);
  out << "# Clause coverage\n\n"
      << report["totals"]["clauses"].get<int>() << " clauses, "
      << report["totals"]["covered"].get<int>() << " covered by at least one test, "
      << report["uncovered"].size() << " uncovered.\n\n";
  out << "## Uncovered clauses\n\n";
  if (report["uncovered"].empty()) out << "None.\n";
  for (const auto& id : report["uncovered"]) out << "- " << id.get<std::string>() << "\n";
  out << "\n## Clauses\n\n| Clause | Level | Tests | JSON | XML |\n|---|---|---|---|---|\n";
  for (const auto& clause : report["clauses"]) {
    std::string tests;
    for (const auto& test : clause["tests"]) {
      const std::string name = test["name"].get<std::string>();
      const std::string base = name.substr(0, name.rfind('/'));
      if (tests.find(base) == std::string::npos) tests += (tests.empty() ? "" : "<br>") + base;
    }
    out << "| " << clause["id"].get<std::string>() << " | " << clause["level"].get<std::string>()
        << " | " << (tests.empty() ? "(none)" : tests) << " | "
        << clause["verdicts"].value("Json", "-") << " | " << clause["verdicts"].value("Xml", "-")
        << " |\n";
  }
}

}  // namespace

void write_coverage(const report::RunRecord& run, const std::filesystem::path& folder) {
  std::map<std::string, std::string> verdicts;  // test name -> verdict
  for (const report::TestRecord& test : run.tests)
    verdicts[test.name()] = std::string(report::to_string(test.status));
  std::map<std::string, std::string> kinds;  // test name -> kind (absent, not-provoked, ...)
  for (const report::TestRecord& test : run.tests) kinds[test.name()] = test.kind;
  const ::testing::UnitTest& unit = *::testing::UnitTest::GetInstance();
  std::map<std::string_view, Covered> covered;
  for (int s = 0; s < unit.total_test_suite_count(); ++s) {
    const ::testing::TestSuite& suite = *unit.GetTestSuite(s);
    for (int t = 0; t < suite.total_test_count(); ++t) {
      const ::testing::TestInfo& info = *suite.GetTestInfo(t);
      const contract::Clause* clause = bridge::clause_of(info);
      if (!clause) continue;
      const std::string name = std::string(info.test_suite_name()) + "." + info.name();
      auto verdict = verdicts.find(name);
      const std::string seen = verdict == verdicts.end() ? "not run" : verdict->second;
      Covered& entry = covered[clause->id];
      entry.tests.push_back(
          {{"name", name}, {"format", format_of(info)}, {"verdict", seen}, {"kind", kinds[name]}});
      std::string& worst = entry.per_format[format_of(info)];
      if (worst.empty() || severity(seen) > severity(worst)) worst = seen;
    }
  }
  Json report = Json::object();
  report["clauses"] = Json::array();
  report["uncovered"] = Json::array();
  int with_tests = 0;
  for (const contract::Clause& clause : contract::catalogue()) {
    Json entry{{"id", clause.id},
               {"level", contract::to_string(clause.level)},
               {"source", clause.source},
               {"promise", clause.promise}};
    auto found = covered.find(clause.id);
    if (found == covered.end()) {
      entry["tests"] = Json::array();
      entry["verdicts"] = Json::object();
      report["uncovered"].push_back(clause.id);
    } else {
      ++with_tests;
      entry["tests"] = found->second.tests;
      entry["verdicts"] = found->second.per_format;
    }
    report["clauses"].push_back(std::move(entry));
  }
  report["totals"] = {{"clauses", contract::catalogue().size()}, {"covered", with_tests}};

  std::error_code ignored;
  std::filesystem::create_directories(folder, ignored);
  std::ofstream json(folder / "coverage.json");
  json << report.dump(2) << "\n";
  write_markdown(folder / "coverage.md", report);
  if (!json) std::cerr << "ucwa-conform: cannot write " << (folder / "coverage.json") << "\n";
}

}  // namespace ucwa::app
