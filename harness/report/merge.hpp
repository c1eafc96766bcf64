#pragma once

#include <vector>

#include "report/record.hpp"

namespace ucwa::report {

// The run that the shards of one sharded run make together: every shard's tests and waiver
// notes; the earliest start; the longest duration (shards run side by side). The first shard's
// version, target and options stand for all.
RunRecord merge_runs(std::vector<RunRecord> shards);

}  // namespace ucwa::report
