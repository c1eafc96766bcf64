#include "app/load_command.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "app/embedded_target.hpp"
#include "app/exit_status.hpp"
#include "app/load_judge.hpp"
#include "app/load_loop.hpp"
#include "app/load_options.hpp"
#include "app/load_progress.hpp"
#include "app/load_resources.hpp"
#include "app/preflight.hpp"
#include "app/reachability.hpp"
#include "bridge/session.hpp"
#include "load/load_html.hpp"
#include "load/load_json.hpp"
#include "load/load_junit.hpp"
#include "load/verdict.hpp"
#include "report/evidence.hpp"
#include "target/identifiers.hpp"
#include "text/visible.hpp"

namespace ucwa::app {

namespace {

constexpr const char* kPrefix = "ucwa-conform load: ";

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
  return name;
}

// The reports' folder, made; why not when it cannot be.
std::optional<std::string> prepare_folder(const std::filesystem::path& junit) {
  std::error_code error;
  const auto folder = junit.parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, error);
  if (error) return "cannot create " + folder.string() + ": " + error.message();
  if (std::filesystem::is_directory(junit)) return "--junit " + junit.string() + " is a folder";
  return std::nullopt;
}

std::optional<std::string> write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << text;
  file.close();
  if (!file) return "cannot write " + path.string();
  return std::nullopt;
}

// JUnit at `junit`, load.json and load.html beside it.
std::optional<std::string> write_reports(const load::LoadRecord& record, bool strict,
                                         const std::filesystem::path& junit) {
  const auto folder = junit.parent_path();
  if (auto problem = write_file(junit, load::write_load_junit(record, strict))) return problem;
  if (auto problem = write_file(folder / "load.json", load::write_load_json(record)))
    return problem;
  return write_file(folder / "load.html", load::write_load_html(record, strict));
}

// The limits the run was asked to hold, with what it came to.
std::vector<load::Threshold> thresholds_of(const LoadOptions& options,
                                           const load::LoadRecord& record) {
  std::vector<load::Threshold> thresholds{
      {"max-error-rate", options.max_error_rate, record.error_rate()}};
  if (options.max_p99_ms) {
    const auto found = record.latency.find(load::RequestKind::escalation);
    const double p99 =
        found == record.latency.end() ? 0 : static_cast<double>(found->second.percentile(0.99));
    thresholds.push_back({"max-p99-ms", *options.max_p99_ms, p99 / 1000.0});
  }
  return thresholds;
}

// "PASS · 400 escalations in 2.1 s (190.2/s) · p99 3.1 ms · 0 errors · 0 violations ·
// reports/load/"
std::string picture_line(const load::LoadRecord& record, const load::LoadVerdict& verdict,
                         int status, const std::string& folder) {
  std::uint64_t errors = 0;
  for (const auto& [kind, counts] : record.errors)
    errors += counts.transport + counts.client + counts.server;
  const auto found = record.latency.find(load::RequestKind::escalation);
  const double p99 =
      found == record.latency.end() ? 0 : static_cast<double>(found->second.percentile(0.99));
  char figures[160];
  std::snprintf(figures, sizeof figures, "%llu escalations in %.1f s (%.1f/s) · p99 %.1f ms",
                static_cast<unsigned long long>(record.escalations), record.duration_seconds,
                record.escalations_per_second(), p99 / 1000.0);
  const char* word = status == all_passed    ? "PASS"
                     : status == some_failed ? "FAIL"
                     : status == nothing_ran ? "NOTHING RAN"
                                             : "CONFIGURATION ERROR";
  return std::string(word) + " · " + figures + " · " + std::to_string(errors) + " errors · " +
         std::to_string(record.violations()) + " violations · " + std::to_string(verdict.warned) +
         " warnings · " + folder;
}

bool asks_for_help(int argc, char** argv) {
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) return true;
  }
  return false;
}

// Stops before the loop when nothing could be tested: the target or its control API cannot be
// reached (3), the token is refused or there is no control API there (2, 3). Said once.
std::optional<int> check_before_loading(const LoadOptions& options) {
  bridge::open_session(options.settings);
  Reachability reachability;
  std::optional<int> status;
  if (const auto& problem = reachability.probe()) {
    std::cerr << kPrefix << "nothing was tested: " << *problem << "\n";
    status = unreachable;
  } else {
    status = preflight(reachability, options.token_source);
  }
  bridge::close_session();
  return status;
}

}  // namespace

int run_load_command(int argc, char** argv) {
  if (asks_for_help(argc, argv)) {
    std::cout << load_help_text();
    return all_passed;
  }
  auto parsed = parse_load_options(argc, argv);
  if (auto* stop = std::get_if<Stop>(&parsed)) {
    (stop->status == 0 ? std::cout : std::cerr) << stop->message << "\n";
    return stop->status;
  }
  LoadOptions options = std::get<LoadOptions>(std::move(parsed));
  target::Profile& profile = options.settings.profile;
  const std::filesystem::path junit = options.junit;
  if (auto problem = prepare_folder(junit)) {
    std::cerr << kPrefix << *problem << "\n";
    return bad_usage;
  }

  std::optional<EmbeddedTarget> embedded;
  if (profile.target.empty()) {
    if (!profile.token) profile.token = target::fresh_identifier();
    try {
      embedded.emplace(*profile.token);
    } catch (const std::exception& error) {
      std::cerr << kPrefix << "cannot start the embedded reference server: " << error.what()
                << "\n";
      return bad_usage;
    }
    profile.target = embedded->base_url();
    profile.control = profile.target + "/conformance/v1";
    std::cout << kPrefix << "loading the embedded reference server at " << profile.target;
  } else {
    std::cout << kPrefix << "loading " << profile.target << " (control API " << profile.control
              << ")";
  }
  std::cout << " with " << options.concurrency << " escalations in flight" << std::endl;
  if (profile.client.insecure) {
    std::cerr << "ucwa-conform: WARNING: --insecure: TLS certificates are NOT verified; "
                 "this run proves nothing about the target's identity\n";
  }
  if (auto status = check_before_loading(options)) {
    std::cout << "0 passed, 0 failed, 0 skipped" << std::endl;
    return *status;
  }

  target::seed_identifiers(options.seed);
  LoadJudge judge(options.settings.strict, report::Redactor(profile.token.value_or(""), {}),
                  profile.target + "/");
  LoadProgress progress(options.quiet);
  const double cpu_before = thread_cpu_seconds();
  LoadOutcome outcome =
      run_load({profile, options.formats, options.concurrency, options.escalations,
                options.duration, options.settings.event_wait},
               judge, progress);
  const double cpu = thread_cpu_seconds() - cpu_before;
  const bool embedded_target = embedded.has_value();
  embedded.reset();

  load::LoadRecord& record = outcome.record;
  record.tool_version = UCWA_CONFORM_VERSION;
  // The embedded server's port changes with every process; the record names what it was, so
  // that runs against it merge.
  record.target =
      embedded_target ? "embedded ucwa-reference-server " UCWA_CONFORM_VERSION : profile.target;
  record.machines = {host_name()};
  record.concurrency = options.concurrency;
  record.clauses = judge.tallies();
  record.thresholds = thresholds_of(options, record);
  record.strict = options.settings.strict;
  record.cpu_seconds = cpu;
  record.peak_rss_bytes = peak_rss_bytes();

  if (outcome.stopped_early)
    std::cerr << kPrefix << "stopped starting escalations: "
              << text::visible_on_console(*outcome.stopped_early) << "\n";
  const load::LoadVerdict verdict = load::judge(record, options.settings.strict);
  int status = verdict.failed_run ? some_failed : all_passed;
  if (outcome.sent == 0) {
    std::cerr << kPrefix << "nothing ran: no escalation was sent"
              << (outcome.control_problem
                      ? ": " + text::visible_on_console(*outcome.control_problem)
                      : std::string())
              << "\n";
    status = nothing_ran;
  }
  if (auto problem = write_reports(record, options.settings.strict, junit)) {
    std::cerr << kPrefix << *problem << "\n";
    status = bad_usage;
  }
  std::string folder = junit.parent_path().string();
  folder = folder.empty() ? "./" : folder + "/";
  std::cout << picture_line(record, verdict, status, folder) << "\n"
            << load::plain_summary(verdict) << std::endl;
  return status;
}

}  // namespace ucwa::app
