#include "app/subcommands.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/coverage_report.hpp"
#include "app/exit_status.hpp"
#include "app/load_command.hpp"
#include "app/merge_load.hpp"
#include "app/reports.hpp"
#include "report/diff.hpp"
#include "report/input_file.hpp"
#include "report/merge.hpp"
#include "report/summary.hpp"
#include "text/visible.hpp"

namespace ucwa::app {

namespace {

// A summary.json or load.json, read with a limit (report::kSummaryFileLimit) from a regular file
// only; says which file and why when it is not one.
std::optional<std::string> input_text(const std::string& path) {
  std::string problem;
  auto text = report::read_input_file(path, report::kSummaryFileLimit, problem);
  if (!text) std::cerr << "ucwa-conform: " << path << " " << problem << "\n";
  return text;
}

std::optional<report::RunRecord> summary_of(const std::string& path, const std::string& text) {
  std::string problem;
  auto run = report::read_summary(text, problem);
  if (!run) std::cerr << "ucwa-conform: " << path << ": " << problem << "\n";
  return run;
}

std::optional<report::RunRecord> load(const std::string& path) {
  auto text = input_text(path);
  if (!text) return std::nullopt;
  return summary_of(path, *text);
}

int diff(int argc, char** argv) {
  std::vector<std::string> files;
  bool strict = false;
  for (int i = 2; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--strict")
      strict = true;
    else
      files.push_back(word);
  }
  if (files.size() != 2 || (!files[0].empty() && files[0][0] == '-') ||
      (!files[1].empty() && files[1][0] == '-')) {
    std::cerr << "usage: ucwa-conform diff [--strict] OLD/summary.json NEW/summary.json\n";
    return bad_usage;
  }
  auto before = load(files[0]);
  auto after = load(files[1]);
  if (!before || !after) return bad_usage;
  const report::RunDiff changes = report::diff_runs(*before, *after);
  std::cout << text::visible_on_console(report::describe(changes, strict));
  return changes.regressed(strict) ? some_failed : all_passed;
}

// Every shard's evidence/ and replay/ beside the merged reports, so that their links resolve
// there too.
std::optional<std::string> copy_evidence(const std::vector<std::string>& summaries,
                                         const std::filesystem::path& folder) {
  for (const std::string& summary : summaries) {
    for (const char* name : {"evidence", "replay"}) {
      const auto files = std::filesystem::path(summary).parent_path() / name;
      std::error_code error;
      if (!std::filesystem::is_directory(files, error)) continue;
      if (std::filesystem::equivalent(files.parent_path(), folder, error)) continue;
      std::filesystem::create_directories(folder / name, error);
      std::filesystem::copy(files, folder / name,
                            std::filesystem::copy_options::recursive |
                                std::filesystem::copy_options::overwrite_existing,
                            error);
      if (error) return "cannot copy " + files.string() + ": " + error.message();
    }
  }
  return std::nullopt;
}

int merge(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: ucwa-conform merge OUT_FOLDER SHARD/summary.json...\n"
                 "       ucwa-conform merge OUT_FOLDER MACHINE/load.json...\n";
    return bad_usage;
  }
  const std::filesystem::path folder = argv[2];
  std::vector<std::string> names;
  std::vector<std::string> texts;
  for (int i = 3; i < argc; ++i) {
    auto text = input_text(argv[i]);
    if (!text) return bad_usage;
    names.emplace_back(argv[i]);
    texts.push_back(std::move(*text));
  }
  if (auto problem = mixed_kinds(names, texts)) {
    std::cerr << "ucwa-conform: merge: " << text::visible_on_console(*problem) << "\n";
    return bad_usage;
  }
  if (are_load_results(texts)) return merge_load_results(folder, names, texts);
  std::vector<report::RunRecord> shards;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto shard = summary_of(names[i], texts[i]);
    if (!shard) return bad_usage;
    shards.push_back(std::move(*shard));
  }
  if (auto problem = report::merge_problem(shards, names)) {
    std::cerr << "ucwa-conform: merge: " << text::visible_on_console(*problem) << "\n";
    return bad_usage;
  }
  report::RunRecord merged = report::merge_runs(std::move(shards));
  const report::Totals totals = report::totals_of(merged);
  merged.exit_status = totals.line_failed() > 0 ? some_failed : all_passed;
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    std::cerr << "ucwa-conform: cannot create " << folder << ": " << error.message() << "\n";
    return bad_usage;
  }
  if (auto problem = copy_evidence(names, folder)) {
    std::cerr << "ucwa-conform: " << *problem << "\n";
    return bad_usage;
  }
  auto problem = write_reports(merged, folder, (folder / "junit.xml").string());
  if (!problem) problem = write_coverage(merged, folder);
  if (problem) {
    std::cerr << "ucwa-conform: " << *problem << "\n";
    return bad_usage;
  }
  std::cout << "merged " << argc - 3 << " reports into " << folder.string() << "\n"
            << report::plain_line(totals) << std::endl;
  return *merged.exit_status;
}

}  // namespace

std::optional<int> run_subcommand(int argc, char** argv) {
  if (argc < 2) return std::nullopt;
  const std::string command = argv[1];
  if (command == "diff") return diff(argc, argv);
  if (command == "merge") return merge(argc, argv);
  if (command == "load") return run_load_command(argc - 2, argv + 2);
  return std::nullopt;
}

}  // namespace ucwa::app
