#include "load/merge.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace ucwa::load {
namespace {

using Merged = model::Result<LoadRecord, std::string>;

// The thresholds a record was held to, by name, with their limits.
std::map<std::string, double> limits_of(const LoadRecord& record) {
  std::map<std::string, double> limits;
  for (const Threshold& threshold : record.thresholds) limits[threshold.name] = threshold.limit;
  return limits;
}

std::optional<std::string> mismatch(const std::vector<LoadRecord>& records,
                                    const std::vector<std::string>& names) {
  const LoadRecord& first = records.front();
  const auto other = [&](std::size_t i, const std::string& what, const std::string& mine,
                         const std::string& theirs) {
    return names[i] + " has another " + what + " (\"" + theirs + "\") than " + names[0] + " (\"" +
           mine +
           "\"): load results merge only when they are of one target and one "
           "tool version";
  };
  std::map<std::string, std::pair<std::string, std::size_t>> levels;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const LoadRecord& record = records[i];
    if (record.target != first.target) return other(i, "target", first.target, record.target);
    if (record.tool_version != first.tool_version)
      return other(i, "tool version", first.tool_version, record.tool_version);
    if (record.strict != first.strict) {
      return names[i] + " was judged " + (record.strict ? "with" : "without") + " --strict, " +
             names[0] + " " + (first.strict ? "with" : "without") +
             ": run every machine with the same --strict";
    }
    if (limits_of(record) != limits_of(first)) {
      return names[i] + " was held to other thresholds than " + names[0] +
             ": run every machine with the same --max-error-rate and --max-p99-ms";
    }
    for (const ClauseTally& tally : record.clauses) {
      const auto [at, fresh] = levels.emplace(tally.clause, std::pair{tally.level, i});
      if (!fresh && at->second.first != tally.level) {
        return "clause " + tally.clause + " is " + at->second.first + " in " +
               names[at->second.second] + " but " + tally.level + " in " + names[i];
      }
    }
  }
  return std::nullopt;
}

void add_clause(std::vector<ClauseTally>& clauses, const ClauseTally& tally) {
  const auto same = std::find_if(clauses.begin(), clauses.end(), [&](const ClauseTally& seen) {
    return seen.clause == tally.clause;
  });
  if (same == clauses.end()) {
    clauses.push_back(tally);
    return;
  }
  same->judged += tally.judged;
  same->violated += tally.violated;
  for (const Example& example : tally.examples) {
    if (same->examples.size() >= max_examples) break;
    same->examples.push_back(example);
  }
}

void add(LoadRecord& merged, const LoadRecord& record) {
  merged.machines.insert(merged.machines.end(), record.machines.begin(), record.machines.end());
  merged.concurrency += record.concurrency;
  merged.duration_seconds = std::max(merged.duration_seconds, record.duration_seconds);
  merged.escalations += record.escalations;
  for (const auto& [kind, histogram] : record.latency) merged.latency[kind].merge(histogram);
  for (const auto& [kind, counts] : record.errors) {
    ErrorCounts& into = merged.errors[kind];
    into.transport += counts.transport;
    into.client += counts.client;
    into.server += counts.server;
  }
  auto& by_second = merged.escalation_latency_by_second;
  if (by_second.size() < record.escalation_latency_by_second.size())
    by_second.resize(record.escalation_latency_by_second.size());
  for (std::size_t second = 0; second < record.escalation_latency_by_second.size(); ++second)
    by_second[second].merge(record.escalation_latency_by_second[second]);
  for (const ClauseTally& tally : record.clauses) add_clause(merged.clauses, tally);
  merged.cpu_seconds += record.cpu_seconds;
  merged.peak_rss_bytes = std::max(merged.peak_rss_bytes, record.peak_rss_bytes);
}

}  // namespace

Merged merge_load_records(const std::vector<LoadRecord>& records,
                          const std::vector<std::string>& names) {
  if (records.empty()) return Merged::failed("no load result to merge");
  std::vector<std::string> named = names;
  for (std::size_t i = named.size(); i < records.size(); ++i)
    named.push_back("record " + std::to_string(i + 1));
  if (auto problem = mismatch(records, named)) return Merged::failed(*problem);
  LoadRecord merged;
  merged.tool_version = records.front().tool_version;
  merged.target = records.front().target;
  merged.strict = records.front().strict;
  for (const LoadRecord& record : records) add(merged, record);
  for (const Threshold& threshold : records.front().thresholds) {
    merged.thresholds.push_back(
        {.name = threshold.name,
         .limit = threshold.limit,
         .observed = threshold_observed(merged, threshold.name).value_or(threshold.observed)});
  }
  return {std::move(merged), std::nullopt};
}

Merged merge_load_records(const std::vector<LoadRecord>& records) {
  return merge_load_records(records, {});
}

}  // namespace ucwa::load
