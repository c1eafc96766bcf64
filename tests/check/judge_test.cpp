// How a verdict becomes a GoogleTest result: MUST findings fail; SHOULD findings warn unless
// --strict; a transport failure fails and says it was transport.
#include <gtest/gtest.h>

#include "bridge/satisfies.hpp"
#include "contract/catalogue.hpp"

namespace {

using namespace ucwa;

check::Verdict verdict_with(contract::Level level) {
  check::Verdict verdict{
      contract::find_clause("AVI-PROP-17"), check::Outcome::violated, {}, {}, {}};
  verdict.findings.push_back({"state", "absent", level});
  return verdict;
}

TEST(Judge, MustFindingsFail) {
  auto result = bridge::judge(verdict_with(contract::Level::must), false);
  EXPECT_FALSE(result);
  EXPECT_NE(std::string(result.message()).find("AVI-PROP-17"), std::string::npos);
  EXPECT_NE(std::string(result.message()).find("[MUST] state: absent"), std::string::npos);
}

TEST(Judge, ShouldFindingsWarnAndPass) {
  EXPECT_TRUE(bridge::judge(verdict_with(contract::Level::should), false));
}

TEST(Judge, ShouldFindingsFailUnderStrict) {
  EXPECT_FALSE(bridge::judge(verdict_with(contract::Level::should), true));
}

TEST(Judge, TransportFailureSaysTransport) {
  check::Verdict verdict{contract::find_clause("AVI-ECHO-1"),
                         check::Outcome::transport_failure,
                         {},
                         "transport failure (connect_failed): refused",
                         {}};
  auto result = bridge::judge(verdict, false);
  EXPECT_FALSE(result);
  EXPECT_NE(std::string(result.message()).find("transport failure"), std::string::npos);
}

TEST(Judge, NoFindingPasses) {
  check::Verdict verdict{
      contract::find_clause("AVI-ECHO-1"), check::Outcome::satisfied, {}, {}, {}};
  EXPECT_TRUE(bridge::judge(verdict, false));
}

TEST(Judge, NothingToCheckSkipsTheTestAndSaysWhy) {
  check::Verdict verdict{contract::find_clause("AVI-PROP-18"),
                         check::Outcome::not_applicable,
                         {},
                         {},
                         "the invitation has no subject"};
  EXPECT_TRUE(bridge::judge(verdict, false));
  EXPECT_TRUE(IsSkipped());
}

}  // namespace
