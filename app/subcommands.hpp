#pragma once

#include <optional>

namespace ucwa::app {

// `ucwa-conform diff OLD.json NEW.json` and `ucwa-conform merge FOLDER SUMMARY.json...` (or
// FOLDER LOAD.json...); the exit status when argv names one of them, empty otherwise.
std::optional<int> run_subcommand(int argc, char** argv);

}  // namespace ucwa::app
