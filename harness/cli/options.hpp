#pragma once

#include <optional>
#include <string>
#include <variant>

#include "bridge/session.hpp"

namespace ucwa::cli {

enum class Formats { json, xml, both };

// What the command line asks for, once checked.
struct Options {
  bridge::Settings settings;  // profile.target empty: start the embedded reference server
  Formats formats = Formats::both;
  std::optional<std::string> junit;  // set when --junit was given
  bool quiet_insecure_warning = false;
};

// Stop now: print `message` (to stdout when status is 0, stderr otherwise) and exit.
struct Stop {
  int status;
  std::string message;
};

// Parses what GoogleTest left of the command line. Reads UCWA_TOKEN and --token-file.
std::variant<Options, Stop> parse_options(int argc, char** argv);

// --help text: our flags, then where GoogleTest's flags are described.
std::string help_text();

}  // namespace ucwa::cli
