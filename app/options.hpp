#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "bridge/session.hpp"
#include "report/record.hpp"

namespace ucwa::app {

enum class Formats { json, xml, both };

// What the command line asks for, once checked.
struct Options {
  bridge::Settings settings;  // profile.target empty: start the embedded reference server
  Formats formats = Formats::both;
  std::optional<std::string> junit;  // set when --junit was given
  bool quiet_insecure_warning = false;
  bool quiet = false;                                                    // no line per passing test
  enum class Evidence { all, failures, none } evidence = Evidence::all;  // what reports keep
  std::vector<report::Waiver> waivers;                                   // from --waivers
  // --seed, or one picked at random: seeds the tests' random identifiers (operationId,
  // sessionContext), so that a run with the same seed and tests in the same order draws the same.
  std::uint64_t seed = 0;
  std::map<std::string, std::string> in_force;  // the options as the reports list them
  // Where the token came from, for messages: "--token", "env UCWA_TOKEN", "--token-file FILE";
  // empty when no token was given.
  std::string token_source;
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

}  // namespace ucwa::app
