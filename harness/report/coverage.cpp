#include "report/coverage.hpp"

#include <map>
#include <nlohmann/json.hpp>

namespace ucwa::report {

namespace {

using Json = nlohmann::ordered_json;

// A format shows its worst test (report::severity); a test that did not run is below all.
int severity_of(const std::string& verdict) {
  const auto status = status_named(verdict);
  return status ? severity(*status) : 0;
}

struct Covered {
  Json tests = Json::array();
  std::map<std::string, std::string> per_format;  // "Json" -> worst verdict
};

std::string markdown_of(const Json& report) {
  std::string out = "# Clause coverage\n\n" +
                    std::to_string(report["totals"]["clauses"].get<int>()) + " clauses, " +
                    std::to_string(report["totals"]["covered"].get<int>()) +
                    " covered by at least one test, " + std::to_string(report["uncovered"].size()) +
                    " uncovered.\n\n## Uncovered clauses\n\n";
  if (report["uncovered"].empty()) out += "None.\n";
  for (const auto& id : report["uncovered"]) out += "- " + id.get<std::string>() + "\n";
  out += "\n## Clauses\n\n| Clause | Level | Tests | JSON | XML |\n|---|---|---|---|---|\n";
  for (const auto& clause : report["clauses"]) {
    std::string tests;
    for (const auto& test : clause["tests"]) {
      const std::string name = test["name"].get<std::string>();
      const std::string base = name.substr(0, name.rfind('/'));
      if (tests.find(base) == std::string::npos) tests += (tests.empty() ? "" : "<br>") + base;
    }
    out += "| " + clause["id"].get<std::string>() + " | " + clause["level"].get<std::string>() +
           " | " + (tests.empty() ? "(none)" : tests) + " | " +
           clause["verdicts"].value("Json", "-") + " | " + clause["verdicts"].value("Xml", "-") +
           " |\n";
  }
  return out;
}

}  // namespace

Coverage coverage_of(const RunRecord& run, const std::vector<CoveredClause>& clauses,
                     const std::vector<DeclaredTest>& tests) {
  std::map<std::string, const TestRecord*> ran;
  for (const TestRecord& test : run.tests) ran[test.name()] = &test;
  std::map<std::string, Covered> covered;
  for (const DeclaredTest& test : tests) {
    auto found = ran.find(test.name);
    const std::string seen =
        found == ran.end() ? "not run" : std::string(to_string(found->second->status));
    const std::string kind = found == ran.end() ? "" : found->second->kind;
    Covered& entry = covered[test.clause];
    entry.tests.push_back(
        {{"name", test.name}, {"format", test.format}, {"verdict", seen}, {"kind", kind}});
    std::string& worst = entry.per_format[test.format];
    if (worst.empty() || severity_of(seen) > severity_of(worst)) worst = seen;
  }
  Json report = Json::object();
  report["clauses"] = Json::array();
  report["uncovered"] = Json::array();
  int with_tests = 0;
  for (const CoveredClause& clause : clauses) {
    Json entry{{"id", clause.id},
               {"level", clause.level},
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
  report["totals"] = {{"clauses", clauses.size()}, {"covered", with_tests}};
  return {report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", markdown_of(report)};
}

}  // namespace ucwa::report
