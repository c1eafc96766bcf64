#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/options.hpp"
#include "bridge/session.hpp"
#include "model/format.hpp"

namespace ucwa::app {

// What `ucwa-conform load` is asked to do, once checked.
struct LoadOptions {
  bridge::Settings settings;  // profile.target empty: load the embedded reference server
  std::string token_source;   // as Options::token_source
  // The representations asked for, taken in turn by successive escalations.
  std::vector<model::Format> formats{model::Format::json};
  std::uint64_t concurrency = 8;
  std::uint64_t escalations = 400;               // when no --duration
  std::optional<std::chrono::seconds> duration;  // --duration: escalations started until then
  double max_error_rate = 0;
  std::optional<double> max_p99_ms;
  std::string junit = "reports/load/junit.xml";
  bool quiet = false;  // no progress line
  std::uint64_t seed = 0;
};

// Parses the words after `load`. The connection flags are the main run's, read by
// parse_options; flags that mean nothing under load (--waivers, --gtest_*) are refused.
std::variant<LoadOptions, Stop> parse_load_options(int argc, char** argv);

std::string load_help_text();

}  // namespace ucwa::app
