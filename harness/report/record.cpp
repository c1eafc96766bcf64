#include "report/record.hpp"

#include <array>
#include <utility>

namespace ucwa::report {

namespace {
// Worst first: the position is the order severity() gives.
constexpr std::array<std::pair<Status, std::string_view>, 6> kStatuses{{
    {Status::fail, "fail"},
    {Status::error, "error"},
    {Status::waived, "waived"},
    {Status::warn, "warn"},
    {Status::skip, "skip"},
    {Status::pass, "pass"},
}};
}  // namespace

std::string_view to_string(Status status) {
  for (const auto& [each, name] : kStatuses) {
    if (each == status) return name;
  }
  return "error";
}

std::optional<Status> status_named(std::string_view name) {
  for (const auto& [each, text] : kStatuses) {
    if (text == name) return each;
  }
  return std::nullopt;
}

int severity(Status status) {
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    if (kStatuses[i].first == status) return static_cast<int>(kStatuses.size() - i);
  }
  return 0;
}

bool worse(Status a, Status b) {
  return severity(a) > severity(b);
}

std::string_view gate_word(int exit_status) {
  switch (exit_status) {
    case 0:
      return "PASS";
    case 1:
      return "FAIL";
    case 2:
      return "CONFIGURATION ERROR";
    case 3:
      return "UNREACHABLE";
    case 4:
      return "NOTHING RAN";
    default:
      return "ERROR";
  }
}

Totals totals_of(const RunRecord& run) {
  Totals totals;
  for (const TestRecord& test : run.tests) {
    ++totals.tests;
    switch (test.status) {
      case Status::pass:
        ++totals.passed;
        break;
      case Status::warn:
        ++totals.passed;
        ++totals.warned;
        break;
      case Status::fail:
        ++totals.failed;
        if (test.kind == kind::not_provoked) ++totals.failed_not_provoked;
        break;
      case Status::error:
        ++totals.errors;
        break;
      case Status::skip:
        ++totals.skipped;
        ++(test.kind == kind::absent ? totals.absent : totals.not_provoked);
        break;
      case Status::waived:
        ++totals.waived;
        break;
    }
  }
  return totals;
}

std::string plain_line(const Totals& totals) {
  return std::to_string(totals.line_passed()) + " passed, " + std::to_string(totals.line_failed()) +
         " failed, " + std::to_string(totals.skipped) + " skipped";
}

}  // namespace ucwa::report
