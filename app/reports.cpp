#include "app/reports.hpp"

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>

#include "report/allure.hpp"
#include "report/html_report.hpp"
#include "report/junit_writer.hpp"
#include "report/summary.hpp"
#include "text/visible.hpp"

namespace ucwa::app {

namespace {

std::optional<std::string> write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) return "cannot write " + path.string();
  return std::nullopt;
}

}  // namespace

std::string utc_timestamp(std::chrono::system_clock::time_point when) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&seconds));
  return text;
}

namespace {

// The shard GoogleTest runs, from the same variables it reads; {0, 1} when not sharded.
report::Shard shard_of_this_run() {
  const char* total = std::getenv("GTEST_TOTAL_SHARDS");
  const char* index = std::getenv("GTEST_SHARD_INDEX");
  report::Shard shard;
  if (!total || !index) return shard;
  try {
    shard.total = std::stoi(total);
    shard.index = std::stoi(index);
  } catch (const std::exception&) {
    return {};
  }
  if (shard.total < 1 || shard.index < 0 || shard.index >= shard.total) return {};
  return shard;
}

}  // namespace

report::RunRecord run_record(const Options& options, const std::string& target,
                             std::chrono::system_clock::time_point started,
                             std::vector<report::TestRecord> tests) {
  report::RunRecord run;
  run.harness_version = UCWA_CONFORM_VERSION;
  run.shard = shard_of_this_run();
  run.target = target;
  run.started = utc_timestamp(started);
  run.seconds = std::chrono::duration<double>(std::chrono::system_clock::now() - started).count();
  run.options = options.in_force;
  run.tests = std::move(tests);
  return run;
}

std::optional<std::string> write_reports(const report::RunRecord& run,
                                         const std::filesystem::path& folder,
                                         const std::string& junit) {
  if (auto problem = write_file(junit, report::junit_xml(run))) return problem;
  if (auto problem = write_file(folder / "summary.json", report::summary_json(run))) return problem;
  for (const auto& [name, text] : report::html_files(run))  // index.html, .js and .css
    if (auto problem = write_file(folder / name, text)) return problem;
  for (const report::TestRecord& test : run.tests) {
    if (test.har.empty() || test.har_document.empty())
      continue;  // merged runs keep their shards' files
    std::error_code ignored;
    std::filesystem::create_directories(folder / "evidence", ignored);
    if (auto problem = write_file(folder / test.har, test.har_document)) return problem;
  }
  for (const report::TestRecord& test : run.tests) {
    if (test.replay.empty() || test.replay_script.empty()) continue;
    std::error_code ignored;
    std::filesystem::create_directories(folder / "replay", ignored);
    if (auto problem = write_file(folder / test.replay, test.replay_script)) return problem;
    std::filesystem::permissions(folder / test.replay,
                                 std::filesystem::perms::owner_exec |
                                     std::filesystem::perms::group_exec |
                                     std::filesystem::perms::others_exec,
                                 std::filesystem::perm_options::add, ignored);
  }
  std::error_code ignored;
  std::filesystem::remove_all(folder / "allure-results", ignored);
  if (auto problem = report::write_allure_results(run, folder / "allure-results"); !problem.empty())
    return problem;
  return std::nullopt;
}

void print_waiver_notes(const report::RunRecord& run) {
  const auto shown = [](const std::string& text) { return text::visible_on_console(text); };
  for (const auto& test : run.tests) {
    if (test.status == report::Status::waived) {
      std::cout << "WAIVED " << shown(test.name()) << " (" << shown(test.waiver->ticket)
                << ", until " << shown(test.waiver->expires) << "): " << shown(test.waiver->reason)
                << "\n";
    }
  }
  for (const auto& waiver : run.expired_waivers) {
    std::cout << "EXPIRED WAIVER " << shown(waiver.ticket) << " (" << shown(waiver.expires)
              << "): its failures gate again\n";
  }
  for (const auto& waiver : run.stale_waivers) {
    std::cout << "STALE WAIVER " << shown(waiver.ticket) << " for "
              << shown(waiver.test.empty() ? waiver.clause : waiver.test)
              << ": its tests pass now; remove it\n";
  }
}

}  // namespace ucwa::app
