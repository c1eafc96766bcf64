// docs/mutants.md lists exactly the mutants and variants the reference server has.
#include "mutants_doc.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace {

TEST(MutantsDoc, ListsExactlyTheServersMutantsAndVariants) {
  std::ifstream file(UCWA_MUTANTS_DOC);
  ASSERT_TRUE(file) << "cannot read " << UCWA_MUTANTS_DOC;
  std::stringstream text;
  text << file.rdbuf();
  const std::string doc = text.str();
  const auto marker = doc.find(ucwa::samples::kGeneratedMarker);
  ASSERT_NE(marker, std::string::npos) << "docs/mutants.md lacks its generated-part marker";
  const std::string generated =
      doc.substr(marker + std::string(ucwa::samples::kGeneratedMarker).size() + 1);
  EXPECT_EQ(generated, ucwa::samples::mutants_markdown())
      << "docs/mutants.md is out of date: run scripts/mutants-doc.sh";
}

}  // namespace
