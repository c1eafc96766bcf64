#pragma once

#include <filesystem>
#include <string>

#include "report/record.hpp"

namespace ucwa::report {

// Allure's native results: one <uuid>-result.json per test with labels (suite and feature from
// the area, severity from the level, the clause as a tag), the format as a parameter and the
// evidence as attachments. Writes into `folder`; returns a problem, or empty.
std::string write_allure_results(const RunRecord& run, const std::filesystem::path& folder);

}  // namespace ucwa::report
