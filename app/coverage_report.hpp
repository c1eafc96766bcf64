#pragma once

#include <filesystem>

#include "report/record.hpp"

namespace ucwa::app {

// Writes coverage.json and coverage.md into `folder`: every catalogue clause with the tests
// registered for it and what each came to in `run` per format ("not run" when filtered out); a
// clause no test covers is listed as uncovered.
void write_coverage(const report::RunRecord& run, const std::filesystem::path& folder);

}  // namespace ucwa::app
