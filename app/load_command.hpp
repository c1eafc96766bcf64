#pragma once

namespace ucwa::app {

// `ucwa-conform load ...`: argv holds the words after `load`. Returns the exit status.
int run_load_command(int argc, char** argv);

}  // namespace ucwa::app
