#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "load/record.hpp"

namespace ucwa::load {

// Writes the JUnit report at `junit`, and load.json and load.html beside it (creating the
// folder); says what could not be written, empty when all three were.
std::optional<std::string> write_load_reports(const LoadRecord& record, bool strict,
                                              const std::filesystem::path& junit);

}  // namespace ucwa::load
