#pragma once

// Load results from several machines run against one target, joined into the record of one run
// as if one harness had sent every request: exact, since histograms merge bucket by bucket.

#include <string>
#include <vector>

#include "load/record.hpp"
#include "model/result.hpp"

namespace ucwa::load {

// Histograms merged bucket by bucket (the latency over time second by second), counts summed,
// each clause's examples the first max_examples in input order, concurrency and CPU summed,
// duration and peak memory the largest, machines concatenated, thresholds observed anew on the
// merged record. Refused, with the reason, when the records are of different targets or tool
// versions, a clause has different levels, or they were judged with and without --strict or
// held to different thresholds.
// `names` (the files, say) name the records in the reason; "record N" (from 1) without them.
model::Result<LoadRecord, std::string> merge_load_records(const std::vector<LoadRecord>& records,
                                                          const std::vector<std::string>& names);
model::Result<LoadRecord, std::string> merge_load_records(const std::vector<LoadRecord>& records);

}  // namespace ucwa::load
