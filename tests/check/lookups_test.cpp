// Clauses judged on GETs of hrefs (discovery, resolution) and on JSON/XML pairs (parity): a
// passing and a failing sample for each, in both formats where the format matters.
#include <gtest/gtest.h>

#include "check/evaluate.hpp"
#include "contract/catalogue.hpp"

namespace {

using namespace ucwa;
using model::Format;

const std::string base = "http://127.0.0.1:8080/";

http::Exchange answer(int status, Format format, const std::string& body,
                      const std::string& url = "http://127.0.0.1:8080/c/1") {
  http::Exchange exchange;
  exchange.request = {"GET", url, {}, {}};
  exchange.response = http::Response{
      status,
      {{"Content-Type", format == Format::json ? "application/json" : "application/xml"}},
      body};
  return exchange;
}

std::string resource(Format format, const std::string& rel, const std::string& links_json = "",
                     const std::string& links_xml = "", const std::string& subject = "Q3") {
  if (format == Format::json) {
    return R"({"rel":")" + rel + R"(","subject":")" + subject +
           R"(","_links":{"self":{"href":"/c/1"})" + links_json + "}}";
  }
  return R"(<resource rel=")" + rel +
         R"(" href="/c/1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)" + links_xml +
         R"(<property name="subject">)" + subject + "</property></resource>";
}

check::Verdict judge(const char* id, const check::Lookup& lookup) {
  return check::evaluate(*contract::find_clause(id), lookup);
}
check::Verdict judge(const char* id, const check::Pair& pair) {
  return check::evaluate(*contract::find_clause(id), pair);
}

check::Lookup discovery(Format format, const std::string& body,
                        const std::string& target = "/c/1/audioVideo") {
  check::Lookup lookup;
  lookup.requested = format;
  lookup.expected_rel = "conversation";
  lookup.relation = "audioVideo";
  lookup.target = target;
  lookup.base = base;
  lookup.gets.push_back(answer(200, format, body));
  return lookup;
}

class Lookups : public ::testing::TestWithParam<Format> {};

TEST_P(Lookups, DiscoveryFindsTheNamedOperation) {
  Format f = GetParam();
  auto body = resource(f, "conversation", R"(,"audioVideo":{"href":"/c/1/audioVideo"})",
                       R"(<link rel="audioVideo" href="http://127.0.0.1:8080/c/1/audioVideo"/>)");
  EXPECT_EQ(judge("DSC-1", discovery(f, body)).outcome, check::Outcome::satisfied);
}

TEST_P(Lookups, DiscoveryFailsWithoutTheLink) {
  auto verdict = judge("DSC-1", discovery(GetParam(), resource(GetParam(), "conversation")));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "conversation link audioVideo");
}

TEST_P(Lookups, DiscoveryFailsWhenTheLinkLeadsElsewhere) {
  Format f = GetParam();
  auto body = resource(f, "conversation", R"(,"audioVideo":{"href":"/c/2/audioVideo"})",
                       R"(<link rel="audioVideo" href="/c/2/audioVideo"/>)");
  auto verdict = judge("DSC-1", discovery(f, body));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_NE(verdict.findings.at(0).message.find("/c/2/audioVideo"), std::string::npos);
}

check::Lookup resolution(Format format, std::vector<http::Exchange> gets) {
  check::Lookup lookup;
  lookup.requested = format;
  lookup.expected_rel = "participant";
  lookup.base = base;
  lookup.gets = std::move(gets);
  lookup.nothing_to_follow = "the invitation has no participants link";
  return lookup;
}

TEST_P(Lookups, ResolutionPassesOnTheExpectedResource) {
  Format f = GetParam();
  auto verdict = judge("RES-3", resolution(f, {answer(200, f, resource(f, "participant")),
                                               answer(200, f, resource(f, "participant"))}));
  EXPECT_EQ(verdict.outcome, check::Outcome::satisfied);
}

TEST_P(Lookups, ResolutionFailsOnAnErrorOrAnotherResource) {
  Format f = GetParam();
  auto verdict =
      judge("RES-3", resolution(f, {answer(404, f, "{}"), answer(200, f, resource(f, "contact"))}));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  ASSERT_EQ(verdict.findings.size(), 2u);
  EXPECT_NE(verdict.findings[0].message.find("404"), std::string::npos);
  EXPECT_NE(verdict.findings[1].message.find("contact"), std::string::npos);
  EXPECT_TRUE(verdict.has_must_finding()) << "RES-3 is MUST";
}

TEST_P(Lookups, NothingToFollowIsNotAPass) {
  auto verdict = judge("RES-3", resolution(GetParam(), {}));
  EXPECT_EQ(verdict.outcome, check::Outcome::not_applicable);
}

TEST_P(Lookups, ATransportFailureIsNotAVerdict) {
  http::Exchange refused;
  refused.request = {"GET", "http://127.0.0.1:1/", {}, {}};
  refused.failure = http::TransportFailure::connect_failed;
  auto verdict = judge("RES-3", resolution(GetParam(), {refused}));
  EXPECT_EQ(verdict.outcome, check::Outcome::transport_failure);
}

std::string format_name(const ::testing::TestParamInfo<Format>& param) {
  return std::string(model::to_string(param.param));
}

INSTANTIATE_TEST_SUITE_P(, Lookups, ::testing::Values(Format::json, Format::xml), format_name);

check::Pair pair(const std::string& json_subject, const std::string& xml_subject) {
  return {
      answer(200, Format::json,
             resource(Format::json, "audioVideoInvitation", "", "", json_subject)),
      answer(200, Format::xml, resource(Format::xml, "audioVideoInvitation", "", "", xml_subject)),
      base, ""};
}

TEST(Parity, TheSameResourceInBothFormatsPasses) {
  EXPECT_EQ(judge("PTY-1", pair("Q3", "Q3")).outcome, check::Outcome::satisfied);
  EXPECT_EQ(judge("PTY-2", pair("Q3", "Q4")).outcome, check::Outcome::satisfied);
}

TEST(Parity, AValueThatDiffersNamesBothSides) {
  auto verdict = judge("PTY-1", pair("Q3", "Q4"));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "property subject");
  EXPECT_EQ(verdict.findings.at(0).message, "JSON \"Q3\" vs XML \"Q4\"");
}

TEST(Parity, APropertyMissingFromOneFormatBreaksTheStructure) {
  check::Pair p = pair("Q3", "Q3");
  p.xml = answer(
      200, Format::xml,
      R"(<resource rel="audioVideoInvitation" href="/c/1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"/>)");
  auto verdict = judge("PTY-2", p);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "property subject");
  EXPECT_FALSE(verdict.has_must_finding()) << "PTY-2 is SHOULD";
}

TEST(Parity, NoSelfLinkIsNothingToCompare) {
  check::Pair p;
  p.nothing_to_compare = "no self link";
  EXPECT_EQ(judge("PTY-1", p).outcome, check::Outcome::not_applicable);
}

}  // namespace
