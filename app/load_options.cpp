#include "app/load_options.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <string_view>

#include "app/exit_status.hpp"
#include "text/visible.hpp"

namespace ucwa::app {

namespace {

// The flags only `load` has; each takes a value.
constexpr std::string_view kLoadFlags[] = {"--concurrency", "--escalations", "--duration",
                                           "--max-error-rate", "--max-p99-ms"};
// Flags of the main run that mean nothing to a load run.
constexpr std::string_view kSuiteOnlyFlags[] = {"--waivers", "--evidence", "--deadline",
                                                "--fail-on-skip"};

Stop usage(const std::string& message) {
  return {bad_usage, "ucwa-conform load: " + message + "\nRun ucwa-conform load --help for usage."};
}

std::string shown(const std::string& value) {
  return text::quoted_for_message(value, 120);
}

std::optional<std::uint64_t> whole_number(const std::string& text) {
  std::uint64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || stop != end || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> number(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || stop != end || text.empty() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

// The load flags and their values, taken out of the words; the rest is left for parse_options.
struct Split {
  std::map<std::string, std::string> load;
  std::vector<std::string> rest{"ucwa-conform load"};
  std::optional<std::string> problem;
};

Split split(int argc, char** argv) {
  Split result;
  for (int i = 0; i < argc; ++i) {
    const std::string word = argv[i];
    const std::string name = word.substr(0, word.find('='));
    bool taken = false;
    for (std::string_view flag : kLoadFlags) {
      if (name != flag) continue;
      taken = true;
      if (result.load.count(name)) {
        result.problem = name + " is given twice";
      } else if (name.size() < word.size()) {
        result.load[name] = word.substr(name.size() + 1);
      } else if (i + 1 < argc) {
        result.load[name] = argv[++i];
      } else {
        result.problem = name + " needs a value";
      }
    }
    for (std::string_view flag : kSuiteOnlyFlags) {
      if (name == flag)
        result.problem = name + " belongs to the conformance suites' run, not to ucwa-conform load";
    }
    if (name.rfind("--gtest_", 0) == 0)
      result.problem = name + ": ucwa-conform load runs no GoogleTest tests";
    if (!taken) result.rest.push_back(word);
  }
  return result;
}

bool given(int argc, char** argv, std::string_view flag) {
  for (int i = 0; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == flag || word.rfind(std::string(flag) + "=", 0) == 0) return true;
  }
  return false;
}

// Reads the load flags' values into `options`; says what is wrong with one.
std::optional<Stop> read_load_flags(const std::map<std::string, std::string>& flags,
                                    LoadOptions& options) {
  const auto value_of = [&flags](const char* name) -> const std::string* {
    const auto found = flags.find(name);
    return found == flags.end() ? nullptr : &found->second;
  };
  if (const std::string* text = value_of("--concurrency")) {
    const auto value = whole_number(*text);
    if (!value || *value < 1 || *value > 1000)
      return usage("--concurrency must be a whole number from 1 to 1000, not \"" + shown(*text) +
                   "\"");
    options.concurrency = *value;
  }
  const std::string* escalations = value_of("--escalations");
  const std::string* duration = value_of("--duration");
  if (escalations && duration) return usage("give --escalations or --duration, not both");
  if (escalations) {
    const auto value = whole_number(*escalations);
    if (!value || *value < 1 || *value > 1'000'000'000)
      return usage("--escalations must be a whole number from 1 to 1000000000, not \"" +
                   shown(*escalations) + "\"");
    options.escalations = *value;
  }
  if (duration) {
    const auto value = whole_number(*duration);
    if (!value || *value < 1 || *value > 86'400)
      return usage("--duration must be a whole number of seconds from 1 to 86400, not \"" +
                   shown(*duration) + "\"");
    options.duration = std::chrono::seconds(*value);
  }
  if (const std::string* text = value_of("--max-error-rate")) {
    const auto value = number(*text);
    if (!value || *value < 0 || *value > 1)
      return usage("--max-error-rate must be a fraction from 0 to 1 (0.01 is 1 %), not \"" +
                   shown(*text) + "\"");
    options.max_error_rate = *value;
  }
  if (const std::string* text = value_of("--max-p99-ms")) {
    const auto value = number(*text);
    if (!value || *value <= 0)
      return usage("--max-p99-ms must be a number of milliseconds above 0, not \"" + shown(*text) +
                   "\"");
    options.max_p99_ms = *value;
  }
  return std::nullopt;
}

}  // namespace

std::variant<LoadOptions, Stop> parse_load_options(int argc, char** argv) {
  Split words = split(argc, argv);
  if (words.problem) return usage(*words.problem);
  LoadOptions options;
  if (auto problem = read_load_flags(words.load, options)) return *problem;

  std::vector<char*> rest;
  for (std::string& word : words.rest) rest.push_back(word.data());
  auto parsed = parse_options(static_cast<int>(rest.size()), rest.data());
  if (auto* stop = std::get_if<Stop>(&parsed)) {
    std::string message = stop->message;
    const std::string prefix = "ucwa-conform: ";
    if (message.rfind(prefix, 0) == 0) message = message.substr(prefix.size());
    const std::string hint = "\nRun with --help for usage.";
    if (const auto at = message.find(hint); at != std::string::npos) message.erase(at);
    return usage(message);
  }
  Options connection = std::get<Options>(std::move(parsed));
  options.settings = std::move(connection.settings);
  options.token_source = std::move(connection.token_source);
  options.quiet = connection.quiet;
  options.seed = connection.seed;
  if (connection.junit) options.junit = *connection.junit;
  if (given(argc, argv, "--format")) {
    if (connection.formats == Formats::xml)
      options.formats = {model::Format::xml};
    else if (connection.formats == Formats::both)
      options.formats = {model::Format::json, model::Format::xml};
  }
  return options;
}

std::string load_help_text() {
  return R"(ucwa-conform load: conformance under concurrency

Usage: ucwa-conform load [--target URL and the connection flags] [--concurrency N]
                         [--escalations N | --duration SECONDS] [--max-error-rate FRACTION]
                         [--max-p99-ms MS] [--junit PATH]

Each escalation is a fresh conversation from the control API, a POST of escalateAudioVideo with
fresh operationId and sessionContext, its 201 judged by every clause one escalation is judged by
(the suites' evaluator), and a GET of the invitation's self href that must answer the same
invitation. An answer that belongs to another escalation (echoes, hrefs) is a violation naming
both (LOAD-1, LOAD-2, LOAD-3). Where the control API names an event channel, each escalation
also waits for its invitation's first event, matched by operationId (timed as "event"); one
that does not come within --event-wait-ms violates EVT-1.

Load:
  --concurrency N           escalations in flight at once (default 8)
  --escalations N           escalations to complete (default 400)
  --duration SECONDS        start escalations for this long instead, then finish those in flight
  --max-error-rate FRACTION transport errors and 5xx among all requests (default 0)
  --max-p99-ms MS           bound on the escalation POST's 99th percentile latency (default none)
  --junit PATH              the JUnit report; load.json and load.html go beside it
                            (default reports/load/junit.xml)
  --quiet                   no progress line

Connection, as the main run's:
  --target URL              server under test (default: the embedded reference server)
  --control URL             its control API (default <target>/conformance/v1)
  --token TOKEN             bearer token (default env UCWA_TOKEN, then --token-file)
  --token-file FILE         the token on the file's first line
  --format json|xml|both    representation asked for (default json; both: in turn)
  --timeout-ms N            limit for one HTTP exchange, connect included (default 10000)
  --event-wait-ms N         how long an escalation waits for its invitation's event
                            (default 5000)
  --cacert FILE             extra CA bundle; --insecure: no TLS verification (loudly warned)
  --strict                  SHOULD-level violations fail instead of warn
  --seed N                  seed of the operationIds and sessionContexts

Exit status: 0 every judged clause held and every threshold too, 1 a violation or a threshold
broken, 2 bad usage, 3 target or control API unreachable, 4 nothing ran (no escalation was sent).
The last line is the plain summary "N passed, N failed, N skipped" of the testcases (one per
judged clause and one per threshold).
)";
}

}  // namespace ucwa::app
