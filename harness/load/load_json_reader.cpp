#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "load/load_json.hpp"
#include "text/visible.hpp"

namespace ucwa::load {
namespace {

using Json = nlohmann::json;

// Long enough for a pointer and the figures a derived member is checked against.
constexpr std::size_t message_limit = 600;

// A load.json that is not one: where (a JSON pointer) and what.
struct Malformed {
  std::string pointer;
  std::string problem;
};

// RFC 6901: '~' and '/' in a member name are written "~0" and "~1".
std::string pointer_to(const std::string& parent, std::string_view name) {
  std::string pointer = parent + "/";
  for (const char c : name) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
  return pointer;
}

std::string pointer_to(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

// "an object", "a string", "null", ...
std::string type_of(const Json& json) {
  const std::string name = json.type_name();
  if (json.is_null()) return name;
  return (name == "object" || name == "array" ? "an " : "a ") + name;
}

std::uint64_t count_at(const Json& json, const std::string& pointer) {
  if (!json.is_number_unsigned())
    throw Malformed{pointer, "is " + type_of(json) + ", not a non-negative integer"};
  return json.get<std::uint64_t>();
}

double amount_at(const Json& json, const std::string& pointer) {
  if (!json.is_number()) throw Malformed{pointer, "is " + type_of(json) + ", not a number"};
  const double value = json.get<double>();
  if (value < 0) throw Malformed{pointer, "is negative"};
  return value;
}

std::string text_at(const Json& json, const std::string& pointer) {
  if (!json.is_string()) throw Malformed{pointer, "is " + type_of(json) + ", not a string"};
  return json.get<std::string>();
}

const Json& array_at(const Json& json, const std::string& pointer) {
  if (!json.is_array()) throw Malformed{pointer, "is " + type_of(json) + ", not an array"};
  return json;
}

// One JSON object being read: each member is asked for by name, and finish() refuses any member
// that was not (a misspelt or unknown member is a mistake, not something to skip).
class Members {
 public:
  Members(const Json& json, std::string pointer) : json_(json), pointer_(std::move(pointer)) {
    if (!json_.is_object()) throw Malformed{where(), "is " + type_of(json_) + ", not an object"};
  }

  const Json& required(const char* name) {
    const Json* member = optional(name);
    if (!member) throw Malformed{where(), "has no \"" + std::string(name) + "\""};
    return *member;
  }
  const Json* optional(const char* name) {
    read_.insert(name);
    const auto member = json_.find(name);
    return member == json_.end() ? nullptr : &*member;
  }
  std::string at(std::string_view name) const { return pointer_to(pointer_, name); }
  const std::string& pointer() const { return pointer_; }

  std::uint64_t count(const char* name) { return count_at(required(name), at(name)); }
  double amount(const char* name) { return amount_at(required(name), at(name)); }
  std::string text(const char* name) { return text_at(required(name), at(name)); }
  const Json& array(const char* name) { return array_at(required(name), at(name)); }

  void finish() const {
    for (const auto& [name, value] : json_.items()) {
      if (!read_.count(name))
        throw Malformed{at(name), "is not a member a load.json has (version 1)"};
    }
  }

 private:
  std::string where() const { return pointer_.empty() ? "the document" : pointer_; }

  const Json& json_;
  std::string pointer_;
  std::set<std::string, std::less<>> read_;
};

// A figure the writer derives from other members: optional, but when present it must be what
// they make, or merge would carry a number nobody measured.
template <typename T>
void check_derived(Members& members, const char* name, T derived) {
  const Json* written = members.optional(name);
  if (!written) return;
  T value{};
  if constexpr (std::is_same_v<T, bool>) {
    if (!written->is_boolean())
      throw Malformed{members.at(name), "is " + type_of(*written) + ", not a boolean"};
    value = written->get<bool>();
  } else if constexpr (std::is_same_v<T, double>) {
    value = amount_at(*written, members.at(name));
  } else {
    value = count_at(*written, members.at(name));
  }
  if (value != derived) {
    throw Malformed{members.at(name), "says " + written->dump() +
                                          " but what it derives from makes " +
                                          Json(derived).dump() + "; correct or remove it"};
  }
}

Histogram histogram_at(const Json& json, const std::string& pointer) {
  Members members(json, pointer);
  const std::uint64_t max = members.count("max");
  const Json& listed = members.array("buckets");
  std::vector<std::pair<std::uint32_t, std::uint64_t>> buckets;
  for (std::size_t i = 0; i < listed.size(); ++i) {
    const std::string at = pointer_to(members.at("buckets"), i);
    if (!listed[i].is_array() || listed[i].size() != 2)
      throw Malformed{at, "is not a pair [bucket index, count]"};
    const std::uint64_t index = count_at(listed[i][0], pointer_to(at, 0));
    if (index >= Histogram::buckets()) {
      throw Malformed{pointer_to(at, 0), "is out of range: bucket indexes run from 0 to " +
                                             std::to_string(Histogram::buckets() - 1)};
    }
    buckets.emplace_back(static_cast<std::uint32_t>(index),
                         count_at(listed[i][1], pointer_to(at, 1)));
  }
  std::string problem;
  std::optional<Histogram> histogram = Histogram::from_buckets(buckets, max, problem);
  if (!histogram) throw Malformed{members.at("buckets"), problem};
  check_derived(members, "count", histogram->count());
  check_derived(members, "min", histogram->min());
  check_derived(members, "p50", histogram->percentile(0.5));
  check_derived(members, "p90", histogram->percentile(0.9));
  check_derived(members, "p99", histogram->percentile(0.99));
  check_derived(members, "p999", histogram->percentile(0.999));
  members.finish();
  return std::move(*histogram);
}

RequestKind kind_at(const std::string& name, const std::string& pointer) {
  const auto kind = request_kind_named(name);
  if (!kind) {
    throw Malformed{pointer,
                    "is not a request kind (conversation, escalation, invitationGet or event)"};
  }
  return *kind;
}

Example example_at(const Json& json, const std::string& pointer) {
  Members members(json, pointer);
  Example example;
  example.escalation = members.text("escalation");
  example.other_escalation = members.text("otherEscalation");
  example.message = members.text("message");
  example.evidence = members.text("evidence");
  members.finish();
  return example;
}

ClauseTally clause_at(const Json& json, const std::string& pointer) {
  Members members(json, pointer);
  ClauseTally tally;
  tally.clause = members.text("clause");
  if (tally.clause.empty()) throw Malformed{members.at("clause"), "is empty: name the clause"};
  tally.level = members.text("level");
  if (tally.level != "MUST" && tally.level != "SHOULD")
    throw Malformed{members.at("level"), "is neither \"MUST\" nor \"SHOULD\""};
  tally.source = members.text("source");
  tally.promise = members.text("promise");
  tally.judged = members.count("judged");
  tally.violated = members.count("violated");
  if (tally.violated > tally.judged) {
    throw Malformed{members.at("violated"), "is more than judged (" + std::to_string(tally.judged) +
                                                "): a clause is violated only where it is judged"};
  }
  const Json& examples = members.array("examples");
  if (examples.size() > max_examples || examples.size() > tally.violated) {
    throw Malformed{members.at("examples"),
                    "holds " + std::to_string(examples.size()) +
                        " examples: at most one per violation and at most " +
                        std::to_string(max_examples)};
  }
  for (std::size_t i = 0; i < examples.size(); ++i)
    tally.examples.push_back(example_at(examples[i], pointer_to(members.at("examples"), i)));
  members.finish();
  return tally;
}

Threshold threshold_at(const Json& json, const std::string& pointer) {
  Members members(json, pointer);
  Threshold threshold;
  threshold.name = members.text("name");
  if (threshold.name != "max-error-rate" && threshold.name != "max-p99-ms")
    throw Malformed{members.at("name"), "is neither \"max-error-rate\" nor \"max-p99-ms\""};
  threshold.limit = members.amount("limit");
  threshold.observed = members.amount("observed");
  check_derived(members, "held", threshold.held());
  members.finish();
  return threshold;
}

// An object whose member names are request kinds.
const Json& by_kind_at(Members& top, const char* name) {
  const Json& json = top.required(name);
  if (!json.is_object()) throw Malformed{top.at(name), "is " + type_of(json) + ", not an object"};
  return json;
}

void read_latency(Members& top, LoadRecord& record) {
  const std::string pointer = top.at("latency");
  for (const auto& [name, value] : by_kind_at(top, "latency").items()) {
    const std::string at = pointer_to(pointer, name);
    record.latency[kind_at(name, at)] = histogram_at(value, at);
  }
}

void read_errors(Members& top, LoadRecord& record) {
  const std::string pointer = top.at("errors");
  for (const auto& [name, value] : by_kind_at(top, "errors").items()) {
    const std::string at = pointer_to(pointer, name);
    Members counts(value, at);
    ErrorCounts& into = record.errors[kind_at(name, at)];
    into.transport = counts.count("transport");
    into.client = counts.count("client");
    into.server = counts.count("server");
    counts.finish();
  }
}

LoadRecord record_of(const Json& json) {
  Members top(json, "");
  LoadRecord record;
  record.tool_version = top.text("toolVersion");
  record.target = top.text("target");
  const Json& machines = top.array("machines");
  for (std::size_t i = 0; i < machines.size(); ++i)
    record.machines.push_back(text_at(machines[i], pointer_to(top.at("machines"), i)));
  record.concurrency = top.count("concurrency");
  record.duration_seconds = top.amount("durationSeconds");
  record.escalations = top.count("escalations");
  record.cpu_seconds = top.amount("cpuSeconds");
  record.peak_rss_bytes = top.count("peakRssBytes");
  read_latency(top, record);
  read_errors(top, record);
  const Json& by_second = top.array("escalationLatencyBySecond");
  for (std::size_t i = 0; i < by_second.size(); ++i) {
    record.escalation_latency_by_second.push_back(
        histogram_at(by_second[i], pointer_to(top.at("escalationLatencyBySecond"), i)));
  }
  const Json& clauses = top.array("clauses");
  std::set<std::string> clause_ids;
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    const std::string at = pointer_to(top.at("clauses"), i);
    ClauseTally tally = clause_at(clauses[i], at);
    if (!clause_ids.insert(tally.clause).second)
      throw Malformed{at, "is clause " + tally.clause + " again: each clause is tallied once"};
    record.clauses.push_back(std::move(tally));
  }
  const Json& thresholds = top.array("thresholds");
  std::set<std::string> threshold_names;
  for (std::size_t i = 0; i < thresholds.size(); ++i) {
    const std::string at = pointer_to(top.at("thresholds"), i);
    Threshold threshold = threshold_at(thresholds[i], at);
    if (!threshold_names.insert(threshold.name).second)
      throw Malformed{at, "is threshold " + threshold.name + " again: each is held once"};
    record.thresholds.push_back(std::move(threshold));
  }
  const Json& strict = top.required("strict");
  if (!strict.is_boolean())
    throw Malformed{top.at("strict"), "is " + type_of(strict) + ", not a boolean"};
  record.strict = strict.get<bool>();
  check_derived(top, "escalationsPerSecond", record.escalations_per_second());
  check_derived(top, "requests", record.requests());
  check_derived(top, "errorRate", record.error_rate());
  check_derived(top, "violations", record.violations());
  top.optional("kind");
  top.optional("version");
  top.finish();
  return record;
}

std::optional<std::string> kind_problem(const Json& json) {
  if (!json.is_object()) return "is " + type_of(json) + ", not a load.json object";
  const auto kind = json.find("kind");
  if (kind == json.end() || !kind->is_string() || kind->get<std::string>() != load_json_kind) {
    return "not a ucwa-conform load.json (no \"kind\": \"" + std::string(load_json_kind) +
           "\" at the top)";
  }
  const auto version = json.find("version");
  if (version == json.end()) return "has no \"version\"";
  if (!version->is_number_integer() || version->get<std::int64_t>() != load_json_version) {
    return "/version: is " + version->dump() +
           ", a load.json version this ucwa-conform does not read (it reads " +
           std::to_string(load_json_version) + ")";
  }
  return std::nullopt;
}

}  // namespace

bool looks_like_load_json(std::string_view text) {
  const Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return false;
  const auto kind = json.find("kind");
  return kind != json.end() && kind->is_string() && kind->get<std::string>() == load_json_kind;
}

// Every access is typed (Malformed says where), and whatever nlohmann could still throw is
// caught: a malformed load.json is a message, never an abort.
model::Result<LoadRecord, std::string> read_load_json(std::string_view text) {
  using Read = model::Result<LoadRecord, std::string>;
  try {
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded()) return Read::failed("not JSON: not a ucwa-conform load.json");
    if (auto problem = kind_problem(json))
      return Read::failed(text::quoted_for_message(*problem, message_limit));
    return {record_of(json), std::nullopt};
  } catch (const Malformed& malformed) {
    return Read::failed(
        "malformed load.json: " +
        text::quoted_for_message(malformed.pointer + ": " + malformed.problem, message_limit));
  } catch (const std::exception& error) {
    return Read::failed(std::string("malformed load.json: ") + error.what());
  }
}

}  // namespace ucwa::load
