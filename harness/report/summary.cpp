#include "report/summary.hpp"

#include <nlohmann/json.hpp>

#include "report/visible_json.hpp"
#include "text/visible.hpp"

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

}  // namespace

std::string summary_json(const RunRecord& run) {
  const Totals totals = totals_of(run);
  Json tests = Json::array();
  for (const TestRecord& test : run.tests) {
    Json entry{{"name", test.name()},       {"area", test.area},
               {"promise", test.promise},   {"format", test.format},
               {"clause", test.clause},     {"level", test.level},
               {"source", test.source},     {"verdict", to_string(test.status)},
               {"kind", test.kind},         {"message", test.message},
               {"seconds", test.seconds},   {"startedMs", test.started_ms},
               {"evidence", test.evidence}, {"har", test.har},
               {"replay", test.replay}};
    entry["sentence"] = test.sentence;  // the clause's promise
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
               {"exitStatus", run.exit_status ? Json(*run.exit_status) : Json()},
               {"options", run.options},
               {"shard", {{"index", run.shard.index}, {"total", run.shard.total}}},
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
  return visible_dump(std::move(summary)) + "\n";
}

namespace {

// A summary.json that is not one: says where and what.
struct Malformed {
  std::string problem;
};

// "an object", "a string", "null", ...
std::string type_of(const Json& json) {
  const std::string name = json.type_name();
  if (json.is_null()) return name;
  return (name == "object" || name == "array" ? "an " : "a ") + name;
}

// "tests[3].area", or "version" at the top.
std::string path_of(const std::string& where, const char* name) {
  return where.empty() ? std::string(name) : where + "." + name;
}

// The member `name` of `object` as text: `fallback` when absent (or null), Malformed when it is
// something else than a string.
std::string text_of(const Json& object, const std::string& where, const char* name,
                    const std::string& fallback = "") {
  const auto member = object.find(name);
  if (member == object.end() || member->is_null()) return fallback;
  if (!member->is_string())
    throw Malformed{path_of(where, name) + " is " + type_of(*member) + ", not a string"};
  return member->get<std::string>();
}

std::string required_text(const Json& object, const std::string& where, const char* name) {
  if (!object.contains(name)) throw Malformed{where + " has no \"" + name + "\""};
  return text_of(object, where, name);
}

double number_of(const Json& object, const std::string& where, const char* name) {
  const auto member = object.find(name);
  if (member == object.end() || member->is_null()) return 0;
  if (!member->is_number())
    throw Malformed{path_of(where, name) + " is " + type_of(*member) + ", not a number"};
  return member->get<double>();
}

const Json& array_of(const Json& object, const std::string& where, const char* name) {
  static const Json empty = Json::array();
  const auto member = object.find(name);
  if (member == object.end() || member->is_null()) return empty;
  if (!member->is_array())
    throw Malformed{path_of(where, name) + " is " + type_of(*member) + ", not an array"};
  return *member;
}

Waiver waiver_at(const Json& json, const std::string& where) {
  if (!json.is_object()) throw Malformed{where + " is " + type_of(json) + ", not an object"};
  return {text_of(json, where, "test"), text_of(json, where, "clause"),
          text_of(json, where, "reason"), text_of(json, where, "ticket"),
          text_of(json, where, "expires")};
}

RunRecord run_of(const Json& json) {
  RunRecord run;
  const std::string top;  // the summary itself
  run.harness_version = text_of(json, top, "version");
  run.target = text_of(json, top, "target");
  run.started = text_of(json, top, "started");
  run.seconds = number_of(json, top, "seconds");
  if (const auto status = json.find("exitStatus"); status != json.end() && !status->is_null())
    run.exit_status = static_cast<int>(number_of(json, top, "exitStatus"));
  if (const auto shard = json.find("shard"); shard != json.end() && !shard->is_null()) {
    if (!shard->is_object()) throw Malformed{"shard is " + type_of(*shard) + ", not an object"};
    run.shard.index = static_cast<int>(number_of(*shard, "shard", "index"));
    run.shard.total = static_cast<int>(number_of(*shard, "shard", "total"));
    if (run.shard.total < 1 || run.shard.index < 0 || run.shard.index >= run.shard.total)
      throw Malformed{"shard.index and shard.total do not make a shard"};
  }
  if (const auto options = json.find("options"); options != json.end() && !options->is_null()) {
    if (!options->is_object())
      throw Malformed{"options is " + type_of(*options) + ", not an object"};
    for (const auto& [name, value] : options->items()) {
      if (!value.is_string())
        throw Malformed{"options." + name + " is " + type_of(value) + ", not a string"};
      run.options[name] = value.get<std::string>();
    }
  }
  std::size_t number = 0;
  for (const auto& entry : array_of(json, top, "tests")) {
    const std::string where = "tests[" + std::to_string(number++) + "]";
    if (!entry.is_object()) throw Malformed{where + " is " + type_of(entry) + ", not an object"};
    TestRecord test;
    test.area = required_text(entry, where, "area");
    test.promise = required_text(entry, where, "promise");
    test.format = required_text(entry, where, "format");
    test.clause = text_of(entry, where, "clause");
    test.level = text_of(entry, where, "level");
    test.source = text_of(entry, where, "source");
    test.sentence = text_of(entry, where, "sentence");
    const auto verdict = status_named(required_text(entry, where, "verdict"));
    if (!verdict) throw Malformed{where + " (" + test.name() + ") has an unknown verdict"};
    test.status = *verdict;
    test.kind = text_of(entry, where, "kind", text_of(entry, where, "failureType"));
    test.message = text_of(entry, where, "message");
    test.seconds = number_of(entry, where, "seconds");
    test.started_ms = static_cast<std::int64_t>(number_of(entry, where, "startedMs"));
    test.evidence = text_of(entry, where, "evidence");
    test.har = text_of(entry, where, "har");
    test.replay = text_of(entry, where, "replay");
    if (const auto waiver = entry.find("waiver"); waiver != entry.end() && !waiver->is_null())
      test.waiver = waiver_at(*waiver, where + ".waiver");
    run.tests.push_back(std::move(test));
  }
  number = 0;
  for (const auto& waiver : array_of(json, top, "staleWaivers"))
    run.stale_waivers.push_back(
        waiver_at(waiver, "staleWaivers[" + std::to_string(number++) + "]"));
  number = 0;
  for (const auto& waiver : array_of(json, top, "expiredWaivers"))
    run.expired_waivers.push_back(
        waiver_at(waiver, "expiredWaivers[" + std::to_string(number++) + "]"));
  return run;
}

}  // namespace

// Every access is typed (Malformed says where), and whatever nlohmann could still throw is
// caught: a malformed summary is a message, never an abort.
std::optional<RunRecord> read_summary(const std::string& text, std::string& problem) {
  try {
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded()) {
      problem = "not JSON: not a ucwa-conform summary.json";
      return std::nullopt;
    }
    if (!json.is_object() || !json.contains("harness") || !json["harness"].is_string() ||
        json["harness"].get<std::string>() != "ucwa-conform") {
      problem = "not a ucwa-conform summary.json (no \"harness\": \"ucwa-conform\")";
      return std::nullopt;
    }
    if (!json.contains("tests") || !json["tests"].is_array()) {
      problem = "malformed summary.json: \"tests\" is not an array";
      return std::nullopt;
    }
    return run_of(json);
  } catch (const Malformed& malformed) {
    problem = "malformed summary.json: " + text::quoted_for_message(malformed.problem);
  } catch (const std::exception& error) {
    problem = std::string("malformed summary.json: ") + error.what();
  }
  return std::nullopt;
}

}  // namespace ucwa::report
