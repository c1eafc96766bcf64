#include "app/merge_load.hpp"

#include <iostream>

#include "app/exit_status.hpp"
#include "load/load_json.hpp"
#include "load/load_reports.hpp"
#include "load/merge.hpp"
#include "load/verdict.hpp"
#include "text/visible.hpp"

namespace ucwa::app {
namespace {

std::string kind_of(const std::string& text) {
  return load::looks_like_load_json(text) ? "a load result (load.json)"
                                          : "a suite summary (summary.json)";
}

}  // namespace

std::optional<std::string> mixed_kinds(const std::vector<std::string>& names,
                                       const std::vector<std::string>& texts) {
  for (std::size_t i = 1; i < texts.size(); ++i) {
    if (load::looks_like_load_json(texts[i]) != load::looks_like_load_json(texts[0])) {
      return names[i] + " is " + kind_of(texts[i]) + " but " + names[0] + " is " +
             kind_of(texts[0]) + ": merge one kind at a time";
    }
  }
  return std::nullopt;
}

bool are_load_results(const std::vector<std::string>& texts) {
  return !texts.empty() && load::looks_like_load_json(texts.front());
}

int merge_load_results(const std::filesystem::path& folder, const std::vector<std::string>& names,
                       const std::vector<std::string>& texts) {
  std::vector<load::LoadRecord> records;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto read = load::read_load_json(texts[i]);
    if (!read.value) {
      std::cerr << "ucwa-conform: " << text::visible_on_console(names[i]) << ": "
                << text::visible_on_console(*read.error) << "\n";
      return bad_usage;
    }
    records.push_back(std::move(*read.value));
  }
  auto merged = load::merge_load_records(records, names);
  if (!merged.value) {
    std::cerr << "ucwa-conform: merge: " << text::visible_on_console(*merged.error) << "\n";
    return bad_usage;
  }
  const load::LoadRecord& record = *merged.value;
  if (auto problem = load::write_load_reports(record, record.strict, folder / "junit.xml")) {
    std::cerr << "ucwa-conform: " << text::visible_on_console(*problem) << "\n";
    return bad_usage;
  }
  const load::LoadVerdict verdict = load::judge(record, record.strict);
  std::cout << "merged " << texts.size() << " load results into " << folder.string() << "\n"
            << load::plain_summary(verdict) << std::endl;
  return verdict.failed_run ? some_failed : all_passed;
}

}  // namespace ucwa::app
