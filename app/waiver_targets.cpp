#include "app/waiver_targets.hpp"

#include <gtest/gtest.h>

#include <set>

#include "contract/catalogue.hpp"
#include "text/visible.hpp"

namespace ucwa::app {

namespace {

std::set<std::string> every_test_name() {
  std::set<std::string> names;
  const ::testing::UnitTest& unit = *::testing::UnitTest::GetInstance();
  for (int s = 0; s < unit.total_test_suite_count(); ++s) {
    const ::testing::TestSuite& suite = *unit.GetTestSuite(s);
    for (int t = 0; t < suite.total_test_count(); ++t)
      names.insert(std::string(suite.name()) + "." + suite.GetTestInfo(t)->name());
  }
  return names;
}

}  // namespace

std::optional<std::string> unknown_waiver_target(const std::vector<report::Waiver>& waivers) {
  const std::set<std::string> tests = every_test_name();
  int number = 0;
  for (const report::Waiver& waiver : waivers) {
    ++number;
    const std::string which =
        "waiver " + std::to_string(number) + " (" + text::visible_on_console(waiver.ticket) + ")";
    if (!waiver.test.empty() && !tests.count(waiver.test)) {
      return which + " names the test \"" + text::visible_on_console(waiver.test) +
             "\", which does not exist (names read Area.Promise/Json; --gtest_list_tests lists "
             "them)";
    }
    if (!waiver.clause.empty() && !contract::find_clause(waiver.clause)) {
      return which + " names the clause \"" + text::visible_on_console(waiver.clause) +
             "\", which is not in the catalogue (see docs/levels.md)";
    }
  }
  return std::nullopt;
}

}  // namespace ucwa::app
