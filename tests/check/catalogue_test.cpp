#include "contract/catalogue.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "check/evaluate.hpp"

namespace {

using namespace ucwa;

TEST(Catalogue, IdsAreUniqueAndWellFormed) {
  std::set<std::string_view> seen;
  for (const contract::Clause& clause : contract::catalogue()) {
    EXPECT_TRUE(seen.insert(clause.id).second) << "duplicate id " << clause.id;
    EXPECT_TRUE(std::regex_match(std::string(clause.id), std::regex("[A-Z]+(-[A-Z]+)?-[0-9]+")))
        << clause.id;
    EXPECT_FALSE(clause.source.empty()) << clause.id;
    EXPECT_FALSE(clause.promise.empty()) << clause.id;
    EXPECT_EQ(clause.promise.back(), '.') << clause.id << ": a promise is one sentence";
  }
}

// A clause names its rule where it is declared; a generated clause points at the row its rule
// needs, and only then.
TEST(Catalogue, EveryClauseNamesItsRuleWithWhatTheRuleNeeds) {
  using contract::Rule;
  for (const contract::Clause& clause : contract::catalogue()) {
    EXPECT_EQ(clause.member != nullptr, clause.rule == Rule::described_member) << clause.id;
    EXPECT_EQ(clause.error != nullptr, clause.rule == Rule::answers_error) << clause.id;
    EXPECT_EQ(clause.limit != nullptr, clause.rule == Rule::meets_limit) << clause.id;
  }
}

// docs/levels.md: a MUST quotes the page or the sample that sets it; a SHOULD says it is
// inferred, or that it is a general HTTP rule the pages do not restate.
TEST(Catalogue, EveryLevelHasItsBasis) {
  for (const contract::Clause& clause : contract::catalogue()) {
    ASSERT_FALSE(clause.basis.empty()) << clause.id << " has no basis";
    if (clause.level == contract::Level::must) {
      EXPECT_NE(clause.basis.find('"'), std::string_view::npos)
          << clause.id << ": a MUST basis quotes the page";
    } else {
      EXPECT_TRUE(clause.basis.starts_with("Inferred") ||
                  clause.basis.starts_with("General HTTP rule"))
          << clause.id << ": a SHOULD basis says what it is inferred from: " << clause.basis;
    }
  }
}

TEST(Catalogue, FindsClausesById) {
  ASSERT_NE(contract::find_clause("AVI-ECHO-1"), nullptr);
  EXPECT_EQ(contract::find_clause("AVI-ECHO-1")->level, contract::Level::must);
  EXPECT_EQ(contract::find_clause("NO-SUCH-1"), nullptr);
}

}  // namespace
