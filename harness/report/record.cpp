#include "report/record.hpp"

#include <array>
#include <utility>

namespace ucwa::report {

namespace {
constexpr std::array<std::pair<Verdict, std::string_view>, 6> kNames{{
    {Verdict::pass, "pass"},
    {Verdict::warn, "warn"},
    {Verdict::fail, "fail"},
    {Verdict::error, "error"},
    {Verdict::skip, "skip"},
    {Verdict::waived, "waived"},
}};
}  // namespace

std::string_view to_string(Verdict verdict) {
  for (const auto& [each, name] : kNames) {
    if (each == verdict) return name;
  }
  return "error";
}

std::optional<Verdict> verdict_named(std::string_view name) {
  for (const auto& [each, text] : kNames) {
    if (text == name) return each;
  }
  return std::nullopt;
}

Totals totals_of(const RunRecord& run) {
  Totals totals;
  for (const TestRecord& test : run.tests) {
    ++totals.tests;
    switch (test.verdict) {
      case Verdict::pass:
        ++totals.passed;
        break;
      case Verdict::warn:
        ++totals.passed;
        ++totals.warned;
        break;
      case Verdict::fail:
        ++totals.failed;
        break;
      case Verdict::error:
        ++totals.errors;
        break;
      case Verdict::skip:
        ++totals.skipped;
        break;
      case Verdict::waived:
        ++totals.waived;
        break;
    }
  }
  return totals;
}

}  // namespace ucwa::report
