#include "load/load_json.hpp"

#include <nlohmann/json.hpp>

#include "report/visible_json.hpp"

namespace ucwa::load {
namespace {

using Json = nlohmann::ordered_json;

Json histogram_json(const Histogram& histogram) {
  Json buckets = Json::array();
  for (const auto& [index, count] : histogram.nonempty_buckets()) buckets.push_back({index, count});
  return {{"count", histogram.count()},
          {"min", histogram.min()},
          {"p50", histogram.percentile(0.5)},
          {"p90", histogram.percentile(0.9)},
          {"p99", histogram.percentile(0.99)},
          {"p999", histogram.percentile(0.999)},
          {"max", histogram.max()},
          {"buckets", std::move(buckets)}};
}

Json example_json(const Example& example) {
  return {{"escalation", example.escalation},
          {"otherEscalation", example.other_escalation},
          {"message", example.message},
          {"evidence", example.evidence}};
}

Json clause_json(const ClauseTally& tally) {
  Json examples = Json::array();
  for (const Example& example : tally.examples) examples.push_back(example_json(example));
  return {{"clause", tally.clause},         {"level", tally.level},   {"source", tally.source},
          {"promise", tally.promise},       {"judged", tally.judged}, {"violated", tally.violated},
          {"examples", std::move(examples)}};
}

Json threshold_json(const Threshold& threshold) {
  return {{"name", threshold.name},
          {"limit", threshold.limit},
          {"observed", threshold.observed},
          {"held", threshold.held()}};
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// nlohmann writes each number of an indented array on a line of its own; a histogram's
// [index, count] pairs read better one pair a line. Only arrays of exactly two unsigned integers
// match: a string never holds a raw line break, so nothing inside one can.
std::string pairs_on_one_line(const std::string& dumped) {
  std::string out;
  out.reserve(dumped.size());
  std::size_t i = 0;
  const auto blanks = [&](std::size_t at) {
    while (at < dumped.size() && dumped[at] == ' ') ++at;
    return at;
  };
  const auto digits = [&](std::size_t at) {
    while (at < dumped.size() && is_digit(dumped[at])) ++at;
    return at;
  };
  while (i < dumped.size()) {
    if (dumped[i] == '[' && i + 1 < dumped.size() && dumped[i + 1] == '\n') {
      const std::size_t first = blanks(i + 2), first_end = digits(first);
      if (first_end > first && dumped.compare(first_end, 2, ",\n") == 0) {
        const std::size_t second = blanks(first_end + 2), second_end = digits(second);
        if (second_end > second && second_end < dumped.size() && dumped[second_end] == '\n') {
          const std::size_t close = blanks(second_end + 1);
          if (close < dumped.size() && dumped[close] == ']') {
            out += "[" + dumped.substr(first, first_end - first) + ", " +
                   dumped.substr(second, second_end - second) + "]";
            i = close + 1;
            continue;
          }
        }
      }
    }
    out += dumped[i++];
  }
  return out;
}

}  // namespace

std::string write_load_json(const LoadRecord& record) {
  Json latency = Json::object();
  for (const auto& [kind, histogram] : record.latency)
    latency[std::string(to_string(kind))] = histogram_json(histogram);
  Json errors = Json::object();
  for (const auto& [kind, counts] : record.errors) {
    errors[std::string(to_string(kind))] = {
        {"transport", counts.transport}, {"client", counts.client}, {"server", counts.server}};
  }
  Json by_second = Json::array();
  for (const Histogram& second : record.escalation_latency_by_second)
    by_second.push_back(histogram_json(second));
  Json clauses = Json::array();
  for (const ClauseTally& tally : record.clauses) clauses.push_back(clause_json(tally));
  Json thresholds = Json::array();
  for (const Threshold& threshold : record.thresholds)
    thresholds.push_back(threshold_json(threshold));
  Json document{{"kind", load_json_kind},
                {"version", load_json_version},
                {"toolVersion", record.tool_version},
                {"target", record.target},
                {"machines", record.machines},
                {"concurrency", record.concurrency},
                {"durationSeconds", record.duration_seconds},
                {"escalations", record.escalations},
                {"escalationsPerSecond", record.escalations_per_second()},
                {"requests", record.requests()},
                {"errorRate", record.error_rate()},
                {"violations", record.violations()},
                {"cpuSeconds", record.cpu_seconds},
                {"peakRssBytes", record.peak_rss_bytes},
                {"latency", std::move(latency)},
                {"errors", std::move(errors)},
                {"escalationLatencyBySecond", std::move(by_second)},
                {"clauses", std::move(clauses)},
                {"thresholds", std::move(thresholds)},
                {"strict", record.strict}};
  return pairs_on_one_line(report::visible_dump(std::move(document))) + "\n";
}

}  // namespace ucwa::load
