#include "report/merge.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace ucwa::report {

namespace {

// The options that make shards one run: each shard may draw its random values from a seed of its
// own (--seed, or one it picked), so the seed is not among them.
std::map<std::string, std::string> shared_options(std::map<std::string, std::string> options) {
  options.erase("seed");
  return options;
}

}  // namespace

std::optional<std::string> merge_problem(const std::vector<RunRecord>& shards,
                                         const std::vector<std::string>& names) {
  if (shards.empty()) return "no summary to merge";
  const RunRecord& first = shards.front();
  const auto other = [&](std::size_t i, const char* what, const std::string& mine,
                         const std::string& theirs) {
    return names[i] + " has another " + what + " (\"" + theirs + "\") than " + names[0] + " (\"" +
           mine + "\"): not shards of one run";
  };
  std::map<int, std::size_t> by_index;
  std::map<std::string, std::size_t> by_test;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const RunRecord& shard = shards[i];
    if (shard.target != first.target) return other(i, "target", first.target, shard.target);
    if (shard.harness_version != first.harness_version)
      return other(i, "harness version", first.harness_version, shard.harness_version);
    if (shared_options(shard.options) != shared_options(first.options)) {
      for (const auto& [name, value] : shared_options(first.options)) {
        auto theirs = shard.options.find(name);
        const std::string their_value = theirs == shard.options.end() ? "" : theirs->second;
        if (their_value != value) return other(i, ("--" + name).c_str(), value, their_value);
      }
      return names[i] + " ran with options " + names[0] + " did not: not shards of one run";
    }
    if (shard.shard.total != first.shard.total) {
      return names[i] + " is one of " + std::to_string(shard.shard.total) + " shards, " + names[0] +
             " one of " + std::to_string(first.shard.total);
    }
    if (auto [at, fresh] = by_index.emplace(shard.shard.index, i); !fresh) {
      return names[i] + " is shard " + std::to_string(shard.shard.index) + " again (so is " +
             names[at->second] + ")";
    }
    for (const TestRecord& test : shard.tests) {
      if (auto [at, fresh] = by_test.emplace(test.name(), i); !fresh && at->second != i)
        return "test " + test.name() + " is in " + names[at->second] + " and in " + names[i];
    }
  }
  for (int index = 0; index < first.shard.total; ++index) {
    if (!by_index.count(index)) {
      return "shard " + std::to_string(index) + " of " + std::to_string(first.shard.total) +
             " is missing: the merged totals would not be the run's";
    }
  }
  return std::nullopt;
}

RunRecord merge_runs(std::vector<RunRecord> shards) {
  if (shards.empty()) return {};
  // Every shard's seed, when they differ: "7 (shard 0), 9 (shard 1)".
  std::map<int, std::string> seeds;
  for (const RunRecord& shard : shards) {
    if (auto seed = shard.options.find("seed"); seed != shard.options.end())
      seeds[shard.shard.index] = seed->second;
  }
  RunRecord merged = std::move(shards.front());
  merged.shard = {};
  if (std::adjacent_find(seeds.begin(), seeds.end(), [](const auto& a, const auto& b) {
        return a.second != b.second;
      }) != seeds.end()) {
    std::string all;
    for (const auto& [index, seed] : seeds)
      all += (all.empty() ? "" : ", ") + seed + " (shard " + std::to_string(index) + ")";
    merged.options["seed"] = all;
  }
  for (std::size_t i = 1; i < shards.size(); ++i) {
    RunRecord& shard = shards[i];
    merged.seconds = std::max(merged.seconds, shard.seconds);
    merged.started = std::min(merged.started, shard.started);
    for (auto& test : shard.tests) merged.tests.push_back(std::move(test));
    for (auto& waiver : shard.stale_waivers) merged.stale_waivers.push_back(std::move(waiver));
    for (auto& waiver : shard.expired_waivers) merged.expired_waivers.push_back(std::move(waiver));
  }
  return merged;
}

}  // namespace ucwa::report
