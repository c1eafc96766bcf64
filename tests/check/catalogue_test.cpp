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

TEST(Catalogue, FindsClausesById) {
  ASSERT_NE(contract::find_clause("AVI-ECHO-1"), nullptr);
  EXPECT_EQ(contract::find_clause("AVI-ECHO-1")->level, contract::Level::must);
  EXPECT_EQ(contract::find_clause("NO-SUCH-1"), nullptr);
}

}  // namespace
