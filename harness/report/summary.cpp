#include "report/summary.hpp"

#include <nlohmann/json.hpp>

namespace ucwa::report {

namespace {

using Json = nlohmann::ordered_json;

Json waiver_json(const Waiver& waiver) {
  return {{"test", waiver.test},
          {"clause", waiver.clause},
          {"reason", waiver.reason},
          {"ticket", waiver.ticket},
          {"expires", waiver.expires}};
}

Waiver waiver_of(const Json& json) {
  return {json.value("test", ""), json.value("clause", ""), json.value("reason", ""),
          json.value("ticket", ""), json.value("expires", "")};
}

}  // namespace

std::string summary_json(const RunRecord& run) {
  const Totals totals = totals_of(run);
  Json tests = Json::array();
  for (const TestRecord& test : run.tests) {
    Json entry{{"name", test.name()},     {"area", test.area},
               {"promise", test.promise}, {"format", test.format},
               {"clause", test.clause},   {"level", test.level},
               {"source", test.source},   {"verdict", to_string(test.status)},
               {"kind", test.kind},       {"message", test.message},
               {"seconds", test.seconds}, {"evidence", test.evidence},
               {"har", test.har}};
    if (test.waiver) entry["waiver"] = waiver_json(*test.waiver);
    tests.push_back(std::move(entry));
  }
  Json stale = Json::array();
  for (const auto& waiver : run.stale_waivers) stale.push_back(waiver_json(waiver));
  Json expired = Json::array();
  for (const auto& waiver : run.expired_waivers) expired.push_back(waiver_json(waiver));
  Json summary{{"harness", "ucwa-conform"},
               {"version", run.harness_version},
               {"target", run.target},
               {"started", run.started},
               {"seconds", run.seconds},
               {"options", run.options},
               {"totals",
                {{"tests", totals.tests},
                 {"passed", totals.passed},
                 {"warned", totals.warned},
                 {"failed", totals.failed},
                 {"errors", totals.errors},
                 {"skipped", totals.skipped},
                 {"waived", totals.waived},
                 {"absent", totals.absent},
                 {"notProvoked", totals.not_provoked},
                 {"failedNotProvoked", totals.failed_not_provoked}}},
               {"staleWaivers", std::move(stale)},
               {"expiredWaivers", std::move(expired)},
               {"tests", std::move(tests)}};
  return summary.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<RunRecord> read_summary(const std::string& text, std::string& problem) {
  const Json json = Json::parse(text, nullptr, false);
  if (!json.is_object() || json.value("harness", "") != "ucwa-conform" || !json.contains("tests") ||
      !json["tests"].is_array()) {
    problem = "not a ucwa-conform summary.json";
    return std::nullopt;
  }
  try {
    RunRecord run;
    run.harness_version = json.value("version", "");
    run.target = json.value("target", "");
    run.started = json.value("started", "");
    run.seconds = json.value("seconds", 0.0);
    if (json.contains("options"))
      run.options = json["options"].get<std::map<std::string, std::string>>();
    for (const auto& entry : json["tests"]) {
      TestRecord test;
      test.area = entry.at("area").get<std::string>();
      test.promise = entry.at("promise").get<std::string>();
      test.format = entry.at("format").get<std::string>();
      test.clause = entry.value("clause", "");
      test.level = entry.value("level", "");
      test.source = entry.value("source", "");
      const auto verdict = status_named(entry.at("verdict").get<std::string>());
      if (!verdict) {
        problem = "test " + test.name() + " has an unknown verdict";
        return std::nullopt;
      }
      test.status = *verdict;
      test.kind = entry.value("kind", entry.value("failureType", ""));
      test.message = entry.value("message", "");
      test.seconds = entry.value("seconds", 0.0);
      test.evidence = entry.value("evidence", "");
      test.har = entry.value("har", "");
      if (entry.contains("waiver")) test.waiver = waiver_of(entry["waiver"]);
      run.tests.push_back(std::move(test));
    }
    for (const auto& waiver : json.value("staleWaivers", Json::array()))
      run.stale_waivers.push_back(waiver_of(waiver));
    for (const auto& waiver : json.value("expiredWaivers", Json::array()))
      run.expired_waivers.push_back(waiver_of(waiver));
    return run;
  } catch (const Json::exception& error) {
    problem = std::string("malformed summary.json: ") + error.what();
    return std::nullopt;
  }
}

}  // namespace ucwa::report
