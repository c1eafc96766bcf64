#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/record.hpp"

namespace ucwa::app {

// A waiver must name a test this harness has (whether or not the filter selects it) or a
// clause of the catalogue: one that names neither would waive nothing, silently. Says which
// waiver and what it names, or nullopt when every one is known.
std::optional<std::string> unknown_waiver_target(const std::vector<report::Waiver>& waivers);

}  // namespace ucwa::app
