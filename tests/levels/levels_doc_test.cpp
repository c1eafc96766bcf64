// docs/levels.md lists exactly the catalogue's clauses, levels and bases.
#include "levels_doc.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace {

TEST(LevelsDoc, ListsExactlyTheCataloguesLevels) {
  std::ifstream file(UCWA_LEVELS_DOC);
  ASSERT_TRUE(file) << "cannot read " << UCWA_LEVELS_DOC;
  std::stringstream text;
  text << file.rdbuf();
  const std::string doc = text.str();
  const auto marker = doc.find(ucwa::samples::kLevelsMarker);
  ASSERT_NE(marker, std::string::npos) << "docs/levels.md lacks its generated-part marker";
  const std::string generated =
      doc.substr(marker + std::string(ucwa::samples::kLevelsMarker).size() + 1);
  EXPECT_EQ(generated, ucwa::samples::levels_markdown())
      << "docs/levels.md is out of date: run scripts/levels-doc.sh";
}

}  // namespace
