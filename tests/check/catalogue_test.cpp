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

TEST(Catalogue, EveryClauseHasARuleAndEveryRuleAClause) {
  std::set<std::string_view> with_rules;
  for (std::string_view id : check::clauses_with_rules()) {
    with_rules.insert(id);
    EXPECT_NE(contract::find_clause(id), nullptr) << "rule for unknown clause " << id;
  }
  for (const contract::Clause& clause : contract::catalogue()) {
    EXPECT_TRUE(with_rules.count(clause.id)) << clause.id << " has no rule";
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
