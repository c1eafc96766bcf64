// The mutation matrix: ucwa-conform against the reference server running each mutant must fail
// exactly the tests of the clauses that mutant declares (under --strict, so that SHOULD-level
// clauses count), and against each variant must fail nothing. A mutant that escapes, or a test
// that fails where nothing was broken, fails here naming both.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <set>
#include <sstream>

#include "conform_run.hpp"
#include "contract/catalogue.hpp"
#include "reference_server/deviations.hpp"
#include "reference_server/reference_server.hpp"

namespace {

using namespace ucwa;
using samples::ConformRun;
using samples::listed;

constexpr const char* kToken = "matrix-token";

// "ESC-ERR-2 PTY-1/Xml" -> {ESC-ERR-2/Json, ESC-ERR-2/Xml, PTY-1/Xml}.
std::set<std::string> expected_failures(const std::string& clauses) {
  std::set<std::string> expected;
  std::istringstream words(clauses);
  std::string word;
  while (words >> word) {
    if (word.find('/') != std::string::npos) {
      expected.insert(word);
    } else {
      expected.insert(word + "/Json");
      expected.insert(word + "/Xml");
    }
  }
  return expected;
}

ConformRun run_against(const std::string& mutant, const std::string& variant) {
  reference::Server server({"127.0.0.1", 0, kToken, mutant, variant});
  server.start();
  // The reference server queues an escalation's events before its 201: a mutant that withholds
  // them costs each event test this wait, not the default 5 s.
  return samples::run_conform(UCWA_CONFORM_PATH, server.base_url(), kToken,
                              "--strict --evidence none --quiet --event-wait-ms 1500");
}

std::string name_of(const std::string& deviation) {
  std::string name;
  for (const char c : deviation) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

}  // namespace

namespace ucwa::reference {
void PrintTo(const Deviation& deviation, std::ostream* out) {
  *out << deviation.name;
}
}  // namespace ucwa::reference

namespace {

class Mutant : public ::testing::TestWithParam<reference::Deviation> {};

TEST_P(Mutant, IsCaughtByExactlyItsClauses) {
  const reference::Deviation& mutant = GetParam();
  const ConformRun run = run_against(mutant.name, "");
  const std::set<std::string> expected = expected_failures(mutant.clauses);
  std::set<std::string> escaped, unexpected;
  for (const auto& each : expected) {
    if (!run.failed.count(each)) escaped.insert(each);
  }
  for (const auto& each : run.failed) {
    if (!expected.count(each)) unexpected.insert(each);
  }
  EXPECT_EQ(run.status, 1) << "mutant " << mutant.name << "\n" << samples::tail_of(run.output);
  EXPECT_TRUE(escaped.empty()) << "mutant " << mutant.name << " escaped the tests of "
                               << listed(escaped) << " (" << mutant.what << ")";
  EXPECT_TRUE(unexpected.empty()) << "mutant " << mutant.name
                                  << " failed tests it does not declare: " << listed(unexpected);
  // Tests left unjudged because the answer came in another format are right only where the
  // mutant declares the format clause that fails for it.
  for (const auto& each : run.not_judged) {
    const std::string format = each.substr(each.find('/'));
    EXPECT_TRUE(expected.count("REP-CTYPE-2" + format) || expected.count("REP-CTYPE-3" + format))
        << "mutant " << mutant.name << " left " << each
        << " unjudged without declaring a format clause";
  }
  for (const auto& each : unexpected)
    std::cout << "  " << each << ": " << run.messages.at(each) << "\n";
}

INSTANTIATE_TEST_SUITE_P(, Mutant,
                         ::testing::ValuesIn(reference::mutants().begin(),
                                             reference::mutants().end()),
                         [](const auto& param) { return name_of(param.param.name); });

class Variant : public ::testing::TestWithParam<reference::Deviation> {};

TEST_P(Variant, PassesEveryTest) {
  const reference::Deviation& variant = GetParam();
  const ConformRun run = run_against("", variant.name);
  EXPECT_EQ(run.status, 0) << "variant " << variant.name << "\n" << samples::tail_of(run.output);
  EXPECT_TRUE(run.failed.empty()) << "variant " << variant.name << " (" << variant.what
                                  << ") failed: " << listed(run.failed);
  EXPECT_TRUE(run.not_judged.empty())
      << "variant " << variant.name << " left unjudged: " << listed(run.not_judged);
  EXPECT_GT(run.tests, 0);
}

INSTANTIATE_TEST_SUITE_P(, Variant,
                         ::testing::ValuesIn(reference::variants().begin(),
                                             reference::variants().end()),
                         [](const auto& param) { return name_of(param.param.name); });

TEST(MutationMatrix, EveryMutantNamesClausesOfTheCatalogue) {
  for (const auto& mutant : reference::mutants()) {
    EXPECT_FALSE(mutant.clauses.empty()) << mutant.name;
    for (const auto& each : expected_failures(mutant.clauses)) {
      const std::string id = each.substr(0, each.find('/'));
      EXPECT_NE(contract::find_clause(id), nullptr) << mutant.name << " names " << id;
    }
  }
}

TEST(MutationMatrix, EveryClauseIsExercisedByAMutant) {
  std::set<std::string> exercised;
  for (const auto& mutant : reference::mutants()) {
    for (const auto& each : expected_failures(mutant.clauses))
      exercised.insert(each.substr(0, each.find('/')));
  }
  std::set<std::string> unexercised;
  for (const auto& clause : contract::catalogue()) {
    // Only load reveals the load clauses' mutants (tests/load checks them).
    if (contract::observation_of(clause.rule) == contract::Observation::concurrent) continue;
    if (!exercised.count(std::string(clause.id))) unexercised.insert(std::string(clause.id));
  }
  EXPECT_TRUE(unexercised.empty()) << "clauses no mutant exercises: " << listed(unexercised);
}

}  // namespace
