#pragma once

// load.json: a LoadRecord as written by `ucwa-conform load`, and read back by `merge`. The
// histograms are written in their sparse form (bucket index, count) beside the percentiles they
// give, so a merge of several machines' files is exact.

#include <string>
#include <string_view>

#include "load/record.hpp"
#include "model/result.hpp"

namespace ucwa::load {

// What the top-level "kind" of a load.json says; a summary.json has none.
inline constexpr std::string_view load_json_kind = "ucwa-conform load";
inline constexpr int load_json_version = 1;

std::string write_load_json(const LoadRecord& record);

// Strict: every member the writer writes is required (but the derived figures, which are
// checked against what they derive from when present), no other member is allowed, and every
// problem is named with its JSON pointer ("/latency/escalation/buckets/3: ...").
model::Result<LoadRecord, std::string> read_load_json(std::string_view text);

// Whether a document says it is a load.json (its top-level "kind"), without reading the rest:
// how `merge` tells load results from suite summaries.
bool looks_like_load_json(std::string_view text);

}  // namespace ucwa::load
