#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/record.hpp"

namespace ucwa::report {

// A waivers file (--waivers): JSON
//   {"waivers": [{"test": "Area.Promise/Format" | "clause": "ID", "reason": "...",
//                 "ticket": "...", "expires": "YYYY-MM-DD"}, ...]}
// Empty, with `problem` naming the entry and field, when the file is not one.
std::optional<std::vector<Waiver>> read_waivers(const std::string& text, std::string& problem);

// Marks failures a waiver in force covers as waived (shown, not gating). A waiver past its
// date gates again and is listed as expired; a waiver whose tests ran and all passed is listed
// as stale. `today` is YYYY-MM-DD.
void apply_waivers(RunRecord& run, const std::vector<Waiver>& waivers, const std::string& today);

// Today's date in UTC, YYYY-MM-DD.
std::string today_utc();

}  // namespace ucwa::report
