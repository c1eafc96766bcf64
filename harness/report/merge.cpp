#include "report/merge.hpp"

#include <algorithm>
#include <utility>

namespace ucwa::report {

RunRecord merge_runs(std::vector<RunRecord> shards) {
  if (shards.empty()) return {};
  RunRecord merged = std::move(shards.front());
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
