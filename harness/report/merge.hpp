#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/record.hpp"

namespace ucwa::report {

// Why these summaries are not the shards of one run, naming the problem and the file: two of
// them the same shard or holding the same test, a shard missing, or another target, harness
// version or options (but the seed). `names` are the files they came from. Empty when they are.
std::optional<std::string> merge_problem(const std::vector<RunRecord>& shards,
                                         const std::vector<std::string>& names);

// The run that the shards of one sharded run make together: every shard's tests and waiver
// notes; the earliest start; the longest duration (shards run side by side). Check
// merge_problem first: the first shard's version, target and options stand for all, but the seed:
// the shards' seeds are listed when they differ.
RunRecord merge_runs(std::vector<RunRecord> shards);

}  // namespace ucwa::report
