#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "report/record.hpp"

namespace ucwa::app {

// Writes coverage.json and coverage.md into `folder` (report::coverage_of) for the catalogue
// and every test this program has; says why when it cannot.
std::optional<std::string> write_coverage(const report::RunRecord& run,
                                          const std::filesystem::path& folder);

}  // namespace ucwa::app
