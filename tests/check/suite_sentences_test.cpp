// Every CONFORMANCE_TEST in suites/ stands under its clause's sentence, as a comment: the test
// reads like the documentation it checks, and this keeps the comment true.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "contract/catalogue.hpp"

namespace {

using namespace ucwa;

struct Declared {
  std::string file, test, clause_id, comment;
};

// Each CONFORMANCE_TEST with the comment lines right above it, joined by spaces.
std::vector<Declared> declared_tests() {
  std::vector<Declared> found;
  const std::regex test(R"(^CONFORMANCE_TEST\((\w+), (\w+), (\w+)\))");
  for (const auto& entry : std::filesystem::directory_iterator(UCWA_SUITES_DIR)) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream file(entry.path());
    std::string line, comment;
    while (std::getline(file, line)) {
      std::smatch match;
      if (line.rfind("// ", 0) == 0) {
        comment += (comment.empty() ? "" : " ") + line.substr(3);
        continue;
      }
      if (std::regex_search(line, match, test)) {
        std::string id = match[3];
        std::replace(id.begin(), id.end(), '_', '-');
        found.push_back(
            {entry.path().filename().string(), match[1].str() + "." + match[2].str(), id, comment});
      }
      comment.clear();
    }
  }
  return found;
}

TEST(SuiteSentences, EveryConformanceTestStandsUnderItsClausesSentence) {
  const auto tests = declared_tests();
  EXPECT_GT(tests.size(), 30u);
  for (const Declared& each : tests) {
    const contract::Clause* clause = contract::find_clause(each.clause_id);
    ASSERT_NE(clause, nullptr) << each.test << " names " << each.clause_id;
    EXPECT_EQ(each.comment, clause->promise)
        << each.file << ": " << each.test << " should stand under the comment\n// "
        << clause->promise;
  }
}

}  // namespace
