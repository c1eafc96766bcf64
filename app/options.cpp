#include "app/options.hpp"

#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "app/exit_status.hpp"
#include "report/input_file.hpp"
#include "report/waivers.hpp"
#include "text/ascii.hpp"
#include "text/visible.hpp"

namespace ucwa::app {

namespace {

struct Flags {
  std::string target;
  std::string control;
  std::string token;
  std::string token_file;
  std::string format = "both";
  std::string junit;
  long long timeout_ms = 10000;
  long long deadline = 0;
  long long event_wait_ms = 5000;
  std::string cacert;
  bool insecure = false;
  bool strict = false;
  bool fail_on_skip = false;
  bool quiet = false;
  std::string waivers;
  std::string evidence = "all";
  std::string seed;
};

void describe(CLI::App& app, Flags& flags) {
  app.add_option("--target", flags.target,
                 "Base URL of the server under test, http(s)://host[:port] "
                 "(default: start the embedded reference server on 127.0.0.1)");
  app.add_option(
      "--control", flags.control,
      "Base URL of the target's conformance control API (default: <target>/conformance/v1)");
  app.add_option("--token", flags.token,
                 "Bearer token sent as Authorization: Bearer TOKEN (default: env UCWA_TOKEN, then "
                 "--token-file)");
  app.add_option("--token-file", flags.token_file,
                 "Read the token from the first line of FILE (a regular file of at most 1 MiB)");
  app.add_option("--format", flags.format,
                 "Representations to test: json, xml or both (default both)");
  app.add_option("--junit", flags.junit,
                 "Where the JUnit XML report goes (default reports/junit.xml)");
  app.add_option("--timeout-ms", flags.timeout_ms,
                 "Limit for one HTTP exchange, connect included (default 10000)");
  app.add_option("--deadline", flags.deadline,
                 "Stop the run after SECONDS: the remaining tests are errors, not run "
                 "(default: none)")
      ->check(CLI::Range(1LL, 604800LL));
  app.add_option("--event-wait-ms", flags.event_wait_ms,
                 "How long an event test waits on the event channel for the invitation's events "
                 "(default 5000)");
  app.add_option("--cacert", flags.cacert, "Extra CA bundle to trust for https targets");
  app.add_flag("--insecure", flags.insecure, "Do not verify TLS certificates (loudly warned)");
  app.add_flag("--strict", flags.strict, "SHOULD-level findings fail instead of warn");
  app.add_flag("--fail-on-skip", flags.fail_on_skip,
               "A test the target could not be brought to (not provoked: a control API answering "
               "404 or 501) fails instead of skipping; absent optional members still skip");
  app.add_flag("--quiet", flags.quiet)
      ->description("Print failing tests only, not one line per test");
  app.add_option("--evidence", flags.evidence,
                 "Which tests keep their HTTP exchanges in the reports: all, failures or none "
                 "(default all)");
  app.add_option("--seed", flags.seed,
                 "Seed of the tests' random identifiers (operationId, sessionContext): the same "
                 "seed and tests draw the same values (default: one picked at random, listed "
                 "with the options in the reports)");
  app.add_option("--waivers", flags.waivers,
                 "JSON file of waivers (a regular file of at most 16 MiB): failures they cover are "
                 "shown but do not gate");
}

// The first line of a token file, without its line break (LF or CR LF).
std::string first_line_of(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// A control character in a token would end the Authorization header and start another.
bool holds_control_character(const std::string& token) {
  for (const unsigned char c : token) {
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

std::string without_trailing_slash(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

// http(s)://authority[/path]: no user information, query or fragment, no white space or other
// control character. Checked by hand in one pass (std::regex recursed per character and
// overflowed the stack on a long URL).
bool is_base_url(const std::string& url) {
  std::string_view rest = url;
  if (text::starts_with_ignoring_case(rest, "http://"))
    rest.remove_prefix(7);
  else if (text::starts_with_ignoring_case(rest, "https://"))
    rest.remove_prefix(8);
  else
    return false;
  const std::size_t slash = rest.find('/');
  const std::string_view authority = rest.substr(0, slash);
  if (authority.empty()) return false;
  for (const unsigned char c : rest) {
    if (c <= 0x20 || c == 0x7f || c == '?' || c == '#') return false;
  }
  return authority.find('@') == std::string_view::npos;
}

// A flag's value as a message shows it: escaped, and cut when long.
std::string shown(const std::string& value) {
  return text::quoted_for_message(value, 120);
}

Stop usage(std::string message) {
  return {bad_usage, "ucwa-conform: " + message + "\nRun with --help for usage."};
}

}  // namespace

std::string help_text() {
  CLI::App app{"ucwa-conform: conformance tests for UCWA escalateAudioVideo", "ucwa-conform"};
  Flags flags;
  describe(app, flags);
  app.add_flag("--version")->description("Print the version and exit");
  return app.help() +
         "\nGoogleTest flags pass through: --gtest_filter=PATTERN, --gtest_list_tests, "
         "--gtest_repeat=N,\n--gtest_shuffle, --gtest_output=xml:PATH, and the sharding variables "
         "GTEST_TOTAL_SHARDS and GTEST_SHARD_INDEX.\n\nExit status: 0 every executed test passed, "
         "1 a test failed, 2 bad usage, 3 target unreachable,\n4 nothing ran.\n"
         "\nSubcommands:\n"
         "  ucwa-conform diff [--strict] OLD/summary.json NEW/summary.json   new failures, "
         "new errors,\n      new warnings, fixes, disappeared tests, pass->skip; exits 1 on a "
         "regression\n      (new warnings count under --strict)\n"
         "  ucwa-conform merge FOLDER SHARD/summary.json...       one junit.xml, summary.json "
         "and index.html\n      from the reports of GoogleTest shards\n"
         "  Each summary.json must be a regular file of at most 64 MiB.\n"
         "  ucwa-conform load [--concurrency N] [--escalations N | --duration S] ...   "
         "conformance under\n      concurrency (ucwa-conform load --help)\n";
}

std::variant<Options, Stop> parse_options(int argc, char** argv) {
  CLI::App app{"ucwa-conform", "ucwa-conform"};
  Flags flags;
  describe(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return usage(error.what());
  }

  Options options;
  target::Profile& profile = options.settings.profile;
  options.settings.strict = flags.strict;
  options.settings.fail_on_skip = flags.fail_on_skip;

  if (flags.format == "json")
    options.formats = Formats::json;
  else if (flags.format == "xml")
    options.formats = Formats::xml;
  else if (flags.format != "both")
    return usage("--format must be json, xml or both, not \"" + flags.format + "\"");

  if (flags.timeout_ms <= 0 || flags.timeout_ms > 3'600'000) {
    return usage("--timeout-ms must be between 1 and 3600000, not " +
                 std::to_string(flags.timeout_ms));
  }
  profile.client.timeout = std::chrono::milliseconds(flags.timeout_ms);
  if (flags.deadline < 0 || flags.deadline > 86'400)
    return usage("--deadline must be between 0 (none) and 86400 seconds, not " +
                 std::to_string(flags.deadline));
  if (flags.deadline > 0) options.settings.deadline = std::chrono::seconds(flags.deadline);
  if (flags.event_wait_ms <= 0 || flags.event_wait_ms > 600'000)
    return usage("--event-wait-ms must be between 1 and 600000, not " +
                 std::to_string(flags.event_wait_ms));
  options.settings.event_wait = std::chrono::milliseconds(flags.event_wait_ms);

  if (!flags.target.empty()) {
    if (!is_base_url(flags.target)) {
      return usage("--target must be an http(s)://host[:port] URL, not \"" + shown(flags.target) +
                   "\"");
    }
    profile.target = without_trailing_slash(flags.target);
  }
  if (!flags.control.empty()) {
    if (!is_base_url(flags.control)) {
      return usage("--control must be an http(s):// URL, not \"" + shown(flags.control) + "\"");
    }
    profile.control = without_trailing_slash(flags.control);
  } else if (!profile.target.empty()) {
    profile.control = profile.target + "/conformance/v1";
  }

  if (!flags.token.empty()) {
    profile.token = flags.token;
    options.token_source = "--token";
  } else if (const char* from_environment = std::getenv("UCWA_TOKEN");
             from_environment && *from_environment) {
    profile.token = from_environment;
    options.token_source = "env UCWA_TOKEN";
  } else if (!flags.token_file.empty()) {
    std::string problem;
    auto content = report::read_input_file(flags.token_file, report::kTokenFileLimit, problem);
    if (!content) return usage("--token-file " + flags.token_file + " " + problem);
    std::string line = first_line_of(*content);
    if (line.empty()) return usage("--token-file " + flags.token_file + " has an empty first line");
    profile.token = std::move(line);
    options.token_source = "--token-file " + flags.token_file;
  }
  if (profile.token && holds_control_character(*profile.token)) {
    return usage("the token from " + options.token_source +
                 " holds a control character (CR, LF, TAB or another): refused, it would "
                 "change the headers of every request");
  }

  if (!flags.cacert.empty()) {
    // Checked now, so that an unreadable bundle is one clear message, not a TLS error per test.
    if (!std::filesystem::is_regular_file(flags.cacert) || !std::ifstream(flags.cacert)) {
      return usage("--cacert " + flags.cacert + " is not a readable file");
    }
    profile.client.ca_file = flags.cacert;
  }
  profile.client.insecure = flags.insecure;
  if (!flags.junit.empty()) options.junit = flags.junit;
  options.quiet = flags.quiet;
  if (flags.evidence == "failures")
    options.evidence = Options::Evidence::failures;
  else if (flags.evidence == "none")
    options.evidence = Options::Evidence::none;
  else if (flags.evidence != "all")
    return usage("--evidence must be all, failures or none, not \"" + flags.evidence + "\"");
  if (!flags.waivers.empty()) {
    std::string problem;
    auto text = report::read_input_file(flags.waivers, report::kWaiversFileLimit, problem);
    if (!text) return usage("--waivers " + flags.waivers + " " + problem);
    auto waivers = report::read_waivers(*text, problem);
    if (!waivers) return usage("--waivers " + flags.waivers + ": " + problem);
    options.waivers = std::move(*waivers);
  }
  if (flags.seed.empty()) {
    std::random_device device;
    options.seed = (std::uint64_t{device()} << 32) | device();
  } else {
    const char* end = flags.seed.data() + flags.seed.size();
    const auto [stop, error] = std::from_chars(flags.seed.data(), end, options.seed);
    if (error != std::errc() || stop != end)
      return usage("--seed must be a whole number from 0 to 18446744073709551615, not \"" +
                   shown(flags.seed) + "\"");
  }
  options.in_force = {{"format", flags.format},
                      {"strict", flags.strict ? "true" : "false"},
                      {"fail-on-skip", flags.fail_on_skip ? "true" : "false"},
                      {"timeout-ms", std::to_string(flags.timeout_ms)},
                      {"control", profile.control},
                      {"insecure", flags.insecure ? "true" : "false"},
                      {"evidence", flags.evidence},
                      {"deadline", std::to_string(flags.deadline)},
                      {"event-wait-ms", std::to_string(flags.event_wait_ms)},
                      {"seed", std::to_string(options.seed)}};
  if (!flags.waivers.empty()) options.in_force["waivers"] = flags.waivers;
  return options;
}

}  // namespace ucwa::app
