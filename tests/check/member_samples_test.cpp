// Every clause generated from the resource descriptions (properties, links, embedded relations
// of the invitation and its participants): the full conformant sample satisfies it, and a sample
// with that one member broken violates it, naming the member, and violates no other clause.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "check/evaluate.hpp"
#include "contract/catalogue.hpp"
#include "contract/resource_spec.hpp"
#include "invitation_samples.hpp"
#include "member_breakers.hpp"

namespace {

using namespace ucwa;
using model::Format;
using nlohmann::json;

std::string conformant_body(Format format) {
  return samples::full_invitation_body(format);
}

const std::string valid_data_uri = samples::offer_data_uri;

using samples::Member;

std::vector<Member> described_members() {
  return samples::described_members();
}

std::optional<std::string> break_json(const Member& member) {
  return samples::break_json(conformant_body(Format::json), member);
}

std::optional<std::string> break_xml(const Member& member) {
  if (!samples::breaks_in_xml(member)) return std::nullopt;
  return samples::break_xml(conformant_body(Format::xml), member);
}

check::Escalation answered_with(Format format, std::string body) {
  return samples::answered(format, 201, samples::content_type(format), std::move(body));
}

class EveryDescribedMember : public ::testing::TestWithParam<std::tuple<Member, Format>> {};
// The members a format can break: XML text is always a string, so a string property without a
// length limit has no broken XML sample.
class EveryBreakableMember : public ::testing::TestWithParam<std::tuple<Member, Format>> {};

std::optional<std::string> broken_body(const Member& member, Format format) {
  return format == Format::json ? break_json(member) : break_xml(member);
}

std::vector<std::tuple<Member, Format>> breakable_members() {
  std::vector<std::tuple<Member, Format>> breakable;
  for (const Member& member : described_members()) {
    for (Format format : {Format::json, Format::xml}) {
      if (broken_body(member, format)) breakable.emplace_back(member, format);
    }
  }
  return breakable;
}

TEST_P(EveryDescribedMember, ConformantSampleSatisfiesIt) {
  auto [member, format] = GetParam();
  auto verdict = check::evaluate(member.clause, answered_with(format, conformant_body(format)));
  EXPECT_EQ(verdict.outcome, check::Outcome::satisfied)
      << (verdict.findings.empty() ? verdict.not_applicable : verdict.findings[0].describe());
}

TEST_P(EveryBreakableMember, BrokenSampleViolatesItNamingTheMember) {
  auto [member, format] = GetParam();
  auto body = broken_body(member, format);
  ASSERT_TRUE(body);
  auto verdict = check::evaluate(member.clause, answered_with(format, *body));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_NE(verdict.findings.at(0).path.find(member.name()), std::string::npos)
      << verdict.findings[0].describe();
  if (member.on_participant) {
    EXPECT_EQ(verdict.findings[0].path.rfind("from/", 0), 0u);
  }
}

// Breaking these members necessarily breaks one more clause, and only that one.
const std::map<std::string_view, std::string_view> inherent_overlaps{
    {"AVI-PROP-14", "AVI-ECHO-1"},  // an operationId past 50 characters is not the one sent
    {"AVI-PROP-16", "AVI-ECHO-2"},  // likewise sessionContext
    {"AVI-LINK-2", "AVI-PROP-6"},   // the customContent link is the customContent property
    {"AVI-LINK-3", "AVI-PROP-13"},  // the mediaOffer link is the mediaOffer property
};

TEST_P(EveryBreakableMember, BrokenSampleViolatesNoOtherClause) {
  auto [member, format] = GetParam();
  auto body = broken_body(member, format);
  ASSERT_TRUE(body);
  auto escalation = answered_with(format, *body);
  for (const contract::Clause& other : contract::catalogue()) {
    if (!check::judged_on_escalations(other.id)) continue;
    if (other.id == member.clause) continue;
    auto overlap = inherent_overlaps.find(member.clause);
    if (overlap != inherent_overlaps.end() && overlap->second == other.id) continue;
    auto verdict = check::evaluate(other, escalation);
    EXPECT_NE(verdict.outcome, check::Outcome::violated)
        << other.id << " also fails: " << verdict.findings.at(0).describe();
  }
}

std::string name_of(const ::testing::TestParamInfo<std::tuple<Member, Format>>& info) {
  std::string name(std::get<0>(info.param).clause);
  for (char& c : name)
    if (c == '-') c = '_';
  return name + "_" + std::string(model::to_string(std::get<1>(info.param)));
}

INSTANTIATE_TEST_SUITE_P(, EveryDescribedMember,
                         ::testing::Combine(::testing::ValuesIn(described_members()),
                                            ::testing::Values(Format::json, Format::xml)),
                         name_of);

INSTANTIATE_TEST_SUITE_P(, EveryBreakableMember, ::testing::ValuesIn(breakable_members()), name_of);

TEST(DescribedMembers, EveryMemberCanBeBrokenInJson) {
  for (const Member& member : described_members()) EXPECT_TRUE(break_json(member)) << member.clause;
}

TEST(DescribedMembers, TheSeedSamplesPlaceholderDataUriIsCaught) {
  std::string body = conformant_body(Format::json);
  body.replace(body.find(valid_data_uri), valid_data_uri.size(),
               "data:application/sdp;base64,base64-encoded-sdp");
  auto verdict = check::evaluate("AVI-PROP-6", answered_with(Format::json, body));
  EXPECT_EQ(verdict.outcome, check::Outcome::violated);
}

// PayloadFormat.md fixes single or array per relation, and the sample shows one: MUST in JSON.
TEST(DescribedMembers, AJsonListWhereTheDocumentationShowsOneLinkIsAMustFinding) {
  json body = json::parse(conformant_body(Format::json));
  body["_links"]["cancel"] = json::array({body["_links"]["cancel"]});
  auto verdict = check::evaluate("AVI-LINK-8", answered_with(Format::json, body.dump()));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_TRUE(verdict.has_must_finding());
}

TEST(DescribedMembers, AnEmbeddedRelationInTheOtherJsonShapeIsAMustFinding) {
  json body = json::parse(conformant_body(Format::json));
  body["_embedded"]["from"] = json::array({body["_embedded"]["from"]});
  body["_embedded"]["acceptedByParticipant"] = body["_embedded"]["acceptedByParticipant"][0];
  for (const char* id : {"AVI-EMB-1", "AVI-EMB-2"}) {
    auto verdict = check::evaluate(id, answered_with(Format::json, body.dump()));
    ASSERT_EQ(verdict.outcome, check::Outcome::violated) << id;
    EXPECT_TRUE(verdict.has_must_finding()) << id;
  }
}

TEST(DescribedMembers, AnAbsentMemberIsNothingToCheckNotAPass) {
  json body = json::parse(conformant_body(Format::json));
  body.erase("subject");
  auto verdict = check::evaluate("AVI-PROP-18", answered_with(Format::json, body.dump()));
  EXPECT_EQ(verdict.outcome, check::Outcome::not_applicable);
  EXPECT_NE(verdict.not_applicable.find("subject"), std::string::npos);
}

TEST(DescribedMembers, UnknownPropertiesAndLinksNeverFail) {
  json body = json::parse(conformant_body(Format::json));
  body["vendorExtension"] = "a value this harness has never heard of";
  body["_links"]["vendorLink"] = json::array({{{"href", "not a uri"}}});
  for (const contract::Clause& clause : contract::catalogue()) {
    if (!check::judged_on_escalations(clause.id)) continue;
    auto verdict = check::evaluate(clause, answered_with(Format::json, body.dump()));
    EXPECT_NE(verdict.outcome, check::Outcome::violated)
        << clause.id << ": " << verdict.findings.at(0).describe();
  }
}

}  // namespace

namespace {

// Every clause judges a JSON sample and its XML twin alike: the conformant pair, and each
// member broken with the same logical value in both (where XML can express the break).
TEST(PairedSamples, EveryClauseGivesTheSameVerdictInBothFormats) {
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> pairs{
      {"conformant",
       {samples::full_invitation_body(Format::json), samples::full_invitation_body(Format::xml)}}};
  for (const samples::Member& member : samples::described_members()) {
    if (!samples::breaks_in_xml(member)) continue;
    pairs.push_back({std::string(member.clause) + " broken",
                     {samples::break_json(samples::full_invitation_body(Format::json), member),
                      samples::break_xml(samples::full_invitation_body(Format::xml), member)}});
  }
  for (const auto& [name, bodies] : pairs) {
    auto as_json =
        samples::answered(Format::json, 201, samples::content_type(Format::json), bodies.first);
    auto as_xml =
        samples::answered(Format::xml, 201, samples::content_type(Format::xml), bodies.second);
    for (const contract::Clause& clause : contract::catalogue()) {
      if (!check::judged_on_escalations(clause.id)) continue;
      EXPECT_EQ(check::evaluate(clause, as_json).outcome, check::evaluate(clause, as_xml).outcome)
          << clause.id << " on the " << name << " pair";
    }
  }
}

}  // namespace
