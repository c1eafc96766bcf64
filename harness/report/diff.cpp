#include "report/diff.hpp"

#include <map>

namespace ucwa::report {

namespace {

bool failing(Status status) {
  return status == Status::fail || status == Status::error;
}
bool passing(Status status) {
  return status == Status::pass || status == Status::warn;
}

void list(std::string& out, const char* heading, const std::vector<std::string>& names) {
  out += std::string(heading) + " (" + std::to_string(names.size()) + ")\n";
  for (const auto& name : names) out += "  " + name + "\n";
}

}  // namespace

RunDiff diff_runs(const RunRecord& before, const RunRecord& after) {
  std::map<std::string, Status> old_statuses;
  for (const auto& test : before.tests) old_statuses[test.name()] = test.status;
  std::map<std::string, Status> new_statuses;
  for (const auto& test : after.tests) new_statuses[test.name()] = test.status;
  RunDiff diff;
  for (const auto& [name, status] : new_statuses) {
    auto old = old_statuses.find(name);
    const bool existed = old != old_statuses.end();
    if (failing(status) && (!existed || !failing(old->second)))
      (status == Status::fail ? diff.new_failures : diff.new_errors).push_back(name);
    if (status == Status::warn && (!existed || old->second == Status::pass))
      diff.new_warnings.push_back(name);
    if (!existed) continue;
    if (failing(old->second) && passing(status)) diff.fixed.push_back(name);
    if (passing(old->second) && status == Status::skip) diff.now_skipped.push_back(name);
  }
  for (const auto& [name, status] : old_statuses) {
    if (!new_statuses.count(name)) diff.disappeared.push_back(name);
  }
  return diff;
}

std::string describe(const RunDiff& diff, bool strict) {
  std::string out;
  list(out, "new failures", diff.new_failures);
  list(out, "new errors", diff.new_errors);
  list(out, strict ? "new warnings (gate under --strict)" : "new warnings", diff.new_warnings);
  list(out, "fixed", diff.fixed);
  list(out, "disappeared", diff.disappeared);
  list(out, "passed before, skipped now", diff.now_skipped);
  out += diff.regressed(strict) ? "REGRESSED\n" : "no regression\n";
  return out;
}

}  // namespace ucwa::report
