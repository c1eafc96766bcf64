#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/options.hpp"
#include "report/record.hpp"

namespace ucwa::app {

// ISO 8601 in UTC, to the second: "2026-11-23T23:55:55Z".
std::string utc_timestamp(std::chrono::system_clock::time_point when);

// The run as the reports describe it.
report::RunRecord run_record(const Options& options, const std::string& target,
                             std::chrono::system_clock::time_point started,
                             std::vector<report::TestRecord> tests);

// Writes the JUnit report at `junit`, and summary.json, index.html and allure-results/ into
// `folder`; says what could not be written.
std::optional<std::string> write_reports(const report::RunRecord& run,
                                         const std::filesystem::path& folder,
                                         const std::string& junit);

// Waived, expired and stale waivers, said out loud.
void print_waiver_notes(const report::RunRecord& run);

}  // namespace ucwa::app
