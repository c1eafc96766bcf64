#include "report/diff.hpp"

#include <map>

namespace ucwa::report {

namespace {

bool failing(Verdict verdict) {
  return verdict == Verdict::fail || verdict == Verdict::error;
}
bool passing(Verdict verdict) {
  return verdict == Verdict::pass || verdict == Verdict::warn;
}

void list(std::string& out, const char* heading, const std::vector<std::string>& names) {
  out += std::string(heading) + " (" + std::to_string(names.size()) + ")\n";
  for (const auto& name : names) out += "  " + name + "\n";
}

}  // namespace

RunDiff diff_runs(const RunRecord& before, const RunRecord& after) {
  std::map<std::string, Verdict> old_verdicts;
  for (const auto& test : before.tests) old_verdicts[test.name()] = test.verdict;
  std::map<std::string, Verdict> new_verdicts;
  for (const auto& test : after.tests) new_verdicts[test.name()] = test.verdict;
  RunDiff diff;
  for (const auto& [name, verdict] : new_verdicts) {
    auto old = old_verdicts.find(name);
    if (failing(verdict) && (old == old_verdicts.end() || !failing(old->second)))
      diff.new_failures.push_back(name);
    if (old == old_verdicts.end()) continue;
    if (failing(old->second) && passing(verdict)) diff.fixed.push_back(name);
    if (passing(old->second) && verdict == Verdict::skip) diff.now_skipped.push_back(name);
  }
  for (const auto& [name, verdict] : old_verdicts) {
    if (!new_verdicts.count(name)) diff.disappeared.push_back(name);
  }
  return diff;
}

std::string describe(const RunDiff& diff) {
  std::string out;
  list(out, "new failures", diff.new_failures);
  list(out, "fixed", diff.fixed);
  list(out, "disappeared", diff.disappeared);
  list(out, "passed before, skipped now", diff.now_skipped);
  out += diff.regressed() ? "REGRESSED\n" : "no regression\n";
  return out;
}

}  // namespace ucwa::report
