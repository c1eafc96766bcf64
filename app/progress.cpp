#include "app/progress.hpp"

#include <cstdio>
#include <iostream>

#include "app/exit_status.hpp"
#include "text/visible.hpp"

namespace ucwa::app {

// report::gate_word, which the picture line and index.html's banner share, numbers them so.
static_assert(all_passed == 0 && some_failed == 1 && bad_usage == 2 && unreachable == 3 &&
              nothing_ran == 4);

namespace {

// The test's text comes from the server in part: text::visible_on_console keeps escape sequences
// and carriage returns from acting on the terminal.
std::string indented(const std::string& raw) {
  std::string out = "    ";
  for (const char c : text::visible_on_console(raw))
    out += c == '\n' ? std::string("\n    ") : std::string(1, c);
  return out;
}

const char* label_of(report::Status status) {
  switch (status) {
    case report::Status::pass:
      return "PASS ";
    case report::Status::warn:
      return "WARN ";
    case report::Status::fail:
      return "FAIL ";
    case report::Status::error:
      return "ERROR";
    case report::Status::skip:
      return "SKIP ";
    case report::Status::waived:
      return "WAIVE";
  }
  return "ERROR";
}

// "(2 absent, 3 not provoked)", leaving out what is zero; empty when all is.
std::string parts(std::initializer_list<std::pair<int, const char*>> counts) {
  std::string out;
  for (const auto& [count, what] : counts) {
    if (count == 0) continue;
    out += (out.empty() ? " (" : ", ") + std::to_string(count) + " " + what;
  }
  return out.empty() ? out : out + ")";
}

}  // namespace

void Progress::finished(const report::TestRecord& test) const {
  const bool failing = test.status == report::Status::fail || test.status == report::Status::error;
  if (held_ || (quiet_ && !failing)) return;
  std::cout << label_of(test.status) << " " << text::visible_on_console(test.name()) << " ("
            << static_cast<long>(test.seconds * 1000) << " ms)";
  if (test.status == report::Status::error && !test.kind.empty())
    std::cout << " [" << text::visible_on_console(test.kind) << "]";
  if (test.status == report::Status::skip) {
    std::cout << ": " << text::visible_on_console(test.message.substr(0, test.message.find('\n')));
  }
  std::cout << "\n";
  if ((failing || test.status == report::Status::warn) && !test.message.empty())
    std::cout << indented(test.message) << "\n";
  std::cout.flush();
}

std::string picture_line(const report::Totals& totals, int exit_status, double seconds,
                         const std::string& reports) {
  char duration[32];
  std::snprintf(duration, sizeof duration, "%.1f s", seconds);
  std::string line =
      std::string(report::gate_word(exit_status)) + " · " + std::to_string(totals.passed) +
      " passed" + parts({{totals.warned, "with warnings"}}) + " · " +
      std::to_string(totals.failed) + " failed" +
      parts({{totals.failed_not_provoked, "not provoked"}}) + " · " +
      std::to_string(totals.errors) + " errors · " + std::to_string(totals.skipped) + " skipped" +
      parts({{totals.absent, "absent"}, {totals.not_provoked, "not provoked"}}) + " · " +
      std::to_string(totals.waived) + " waived · " + duration;
  if (!reports.empty()) line += " · " + reports;
  return line;
}

}  // namespace ucwa::app
