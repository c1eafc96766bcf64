#pragma once

#include <optional>
#include <string>

#include "report/record.hpp"

namespace ucwa::report {

// summary.json: the run and every test, everything the other reports are written from, so that
// `merge` and `diff` can read it back.
std::string summary_json(const RunRecord& run);
// The run a summary.json describes; empty, with `problem` saying why, when it is not one.
std::optional<RunRecord> read_summary(const std::string& text, std::string& problem);

}  // namespace ucwa::report
