// ucwa-conform: runs the conformance suites against a target and says how it went.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#include "app/arguments.hpp"
#include "app/coverage_report.hpp"
#include "app/embedded_target.hpp"
#include "app/exit_status.hpp"
#include "app/format_filter.hpp"
#include "app/options.hpp"
#include "app/preflight.hpp"
#include "app/progress.hpp"
#include "app/reachability.hpp"
#include "app/reports.hpp"
#include "app/run_recorder.hpp"
#include "app/subcommands.hpp"
#include "app/waiver_targets.hpp"
#include "report/waivers.hpp"
#include "target/identifiers.hpp"

namespace {

using namespace ucwa;

constexpr const char* default_junit = "reports/junit.xml";

bool asks_for(int argc, char** argv, std::initializer_list<const char*> flags) {
  for (int i = 1; i < argc; ++i) {
    for (const char* flag : flags) {
      if (std::strcmp(argv[i], flag) == 0) return true;
    }
  }
  return false;
}

// The run's exit status, from the one count of its record.
int exit_status_of(const report::Totals& totals, const report::RunRecord& run, bool strict,
                   bool unreachable) {
  if (unreachable) return app::unreachable;
  if (totals.line_failed() > 0) return app::some_failed;
  if (!run.stale_waivers.empty() && strict) {
    std::cerr << "ucwa-conform: --strict: stale waivers gate the run\n";
    return app::some_failed;
  }
  if (totals.line_passed() == 0) {
    std::cerr << "ucwa-conform: nothing ran: "
              << (totals.skipped == 0 ? "no test matches the filter"
                                      : "every selected test was skipped")
              << "\n";
    return app::nothing_ran;
  }
  if (totals.skipped > totals.line_passed()) {
    std::cerr << "ucwa-conform: WARNING: most selected tests were SKIPPED (" << totals.skipped
              << " of " << totals.tests
              << "): a green run here proves little; see the skip reasons above\n";
  }
  return app::all_passed;
}

// Creates the report's folder; says why when it cannot.
std::optional<std::string> prepare_report_folder(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code error;
  if (!parent.empty()) std::filesystem::create_directories(parent, error);
  if (error) return error.message();
  if (std::filesystem::is_directory(path)) return std::string("it is a folder");
  return std::nullopt;
}

// Once the run stops (the target stopped answering, --deadline passed), says why once and holds
// the line of every test after it: each is recorded as an error, not run, in the reports.
class StopNotice : public ::testing::EmptyTestEventListener {
 public:
  explicit StopNotice(app::Progress& progress) : progress_(progress) {}

  void OnTestStart(const ::testing::TestInfo&) override {
    if (said_) return;
    const auto stopped = bridge::session().stopped();
    if (!stopped) return;
    said_ = true;
    progress_.hold_test_lines();
    std::cout << "ucwa-conform: " << *stopped
              << ": the remaining tests are recorded as errors, not run" << std::endl;
  }

 private:
  app::Progress& progress_;
  bool said_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  if (auto status = app::run_subcommand(argc, argv)) return *status;
  // GoogleTest would take --help for its own: ours comes first.
  if (asks_for(argc, argv, {"--help", "-h", "-?", "/?"})) {
    std::cout << app::help_text();
    return app::all_passed;
  }
  if (asks_for(argc, argv, {"--version"})) {
    std::cout << "ucwa-conform " UCWA_CONFORM_VERSION "\n";
    return app::all_passed;
  }

  app::Arguments arguments = app::Arguments::split(argc, argv);
  app::Argv ours(arguments.ours);
  auto parsed = app::parse_options(*ours.count(), ours.values());
  if (auto* stop = std::get_if<app::Stop>(&parsed)) {
    (stop->status == 0 ? std::cout : std::cerr) << stop->message << "\n";
    return stop->status;
  }
  app::Options options = std::get<app::Options>(std::move(parsed));
  target::Profile& profile = options.settings.profile;

  // GoogleTest sets up its XML report while it reads its flags, so the report path goes in here.
  const bool listing = arguments.googletest_has("--gtest_list_tests");
  std::optional<std::filesystem::path> reports;  // where the JUnit report and its companions go
  std::optional<std::string> junit_path;
  if (!listing && (options.junit || !arguments.googletest_has("--gtest_output"))) {
    const std::string junit = options.junit.value_or(default_junit);
    if (auto problem = prepare_report_folder(junit)) {
      std::cerr << "ucwa-conform: cannot write the JUnit report " << junit << ": " << *problem
                << "\n";
      return app::bad_usage;
    }
    junit_path = junit;
    reports = std::filesystem::path(junit).parent_path();
    if (reports->empty()) reports = ".";
    std::error_code ignored;  // a previous run's HAR files and scripts must not pass for this run's
    std::filesystem::remove_all(*reports / "evidence", ignored);
    std::filesystem::remove_all(*reports / "replay", ignored);
  }
  app::Argv googletest(arguments.googletest);
  ::testing::InitGoogleTest(googletest.count(), googletest.values());
  if (*googletest.count() > 1) {
    std::cerr << "ucwa-conform: unknown GoogleTest flag " << googletest.values()[1]
              << "\nRun with --help for usage.\n";
    return app::bad_usage;
  }
  if (listing) return RUN_ALL_TESTS();
  if (auto unknown = app::unknown_waiver_target(options.waivers)) {
    std::cerr << "ucwa-conform: --waivers: " << *unknown << "\n";
    return app::bad_usage;
  }
  GTEST_FLAG_SET(filter, app::restrict_to_formats(GTEST_FLAG_GET(filter), options.formats));

  std::optional<app::EmbeddedTarget> embedded;
  if (profile.target.empty()) {
    if (!profile.token) profile.token = target::fresh_identifier();
    try {
      embedded.emplace(*profile.token);
    } catch (const std::exception& error) {
      std::cerr << "ucwa-conform: cannot start the embedded reference server: " << error.what()
                << "\n";
      return app::bad_usage;
    }
    profile.target = embedded->base_url();
    profile.control = profile.target + "/conformance/v1";
    std::cout << "ucwa-conform: testing the embedded reference server at " << profile.target
              << "\n";
  } else {
    std::cout << "ucwa-conform: testing " << profile.target << " (control API " << profile.control
              << ")\n";
    if (!profile.token) {
      std::cerr << "ucwa-conform: warning: no token (--token, UCWA_TOKEN or --token-file): "
                   "requests carry no Authorization header\n";
    }
  }
  if (profile.client.insecure) {
    std::cerr << "ucwa-conform: WARNING: --insecure: TLS certificates are NOT verified; "
                 "this run proves nothing about the target's identity\n";
  }

  bridge::open_session(options.settings);
  auto* reachability = new app::Reachability;  // GoogleTest owns environments
  ::testing::AddGlobalTestEnvironment(reachability);
  auto& listeners = ::testing::UnitTest::GetInstance()->listeners();
  app::Progress progress(options.quiet);
  auto* recorder = new app::RunRecorder(options.evidence, progress);  // and listeners
  listeners.Append(recorder);
  listeners.Append(new StopNotice(progress));
  delete listeners.Release(listeners.default_result_printer());  // ours prints one line a test

  if (auto status = app::preflight(*reachability, options.token_source)) {  // said once, above
    bridge::close_session();
    std::cout << app::picture_line({}, *status, 0, "") << "\n"
              << report::plain_line({}) << std::endl;
    return *status;
  }
  if (reachability->probe()) progress.hold_test_lines();

  // The exit status is ours to decide (skips, unreachable targets): GoogleTest's is not used.
  const auto started = std::chrono::system_clock::now();
  target::seed_identifiers(options.seed);  // the tests run on this thread
  [[maybe_unused]] const int googletest_status = RUN_ALL_TESTS();
  bridge::close_session();
  const bool embedded_target = embedded.has_value();
  embedded.reset();

  // The embedded server's port changes with every process; the reports name what it was, so that
  // shards of one run against it merge.
  const std::string target_named =
      embedded_target ? "embedded ucwa-reference-server " UCWA_CONFORM_VERSION : profile.target;
  report::RunRecord run = app::run_record(options, target_named, started, recorder->tests());
  report::apply_waivers(run, options.waivers, report::today_utc());
  const report::Totals totals = report::totals_of(run);
  run.exit_status = exit_status_of(totals, run, options.settings.strict,
                                   reachability->problem().has_value());  // the reports show it
  bool unwritten = false;  // a report that cannot be written is a configuration error: exit 2
  if (reports) {
    if (auto problem = app::write_reports(run, *reports, *junit_path)) {
      std::cerr << "ucwa-conform: " << *problem << "\n";
      unwritten = true;
    }
    if (auto problem = app::write_coverage(run, *reports)) {
      std::cerr << "ucwa-conform: " << *problem << "\n";
      unwritten = true;
    }
  }
  app::print_waiver_notes(run);

  if (reachability->problem())
    std::cerr << "ucwa-conform: nothing was tested: " << *reachability->problem() << "\n";
  const int status = unwritten ? app::bad_usage : *run.exit_status;
  std::cout << app::picture_line(totals, status, run.seconds,
                                 reports ? reports->string() + "/" : std::string())
            << "\n"
            << report::plain_line(totals) << std::endl;
  return status;
}
