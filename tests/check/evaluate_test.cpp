// Every clause: the conformant sample satisfies it, and a sample that breaks it (and nothing
// else) violates it with a finding that names the path, in JSON and in XML.
#include "check/evaluate.hpp"

#include <gtest/gtest.h>

#include <set>

#include "contract/catalogue.hpp"
#include "invitation_samples.hpp"

namespace {

using namespace ucwa;
using model::Format;

struct Broken {
  const char* clause;
  const char* path;  // the finding's path
  // Breaks the conformant answer in the given format.
  check::Escalation (*make)(Format);
  const char* xml_path = nullptr;  // where XML's path differs (a location in the document)
  const char* also = nullptr;      // a clause this break necessarily breaks too

  const char* path_in(Format format) const {
    return format == Format::xml && xml_path ? xml_path : path;
  }
};

void PrintTo(const Broken& broken, std::ostream* out) {
  *out << broken.clause;
}

check::Escalation with_body(Format f, const std::string& from, const std::string& to) {
  return samples::answered(f, 201, samples::content_type(f),
                           samples::replaced(samples::invitation_body(f), from, to));
}

// The invitation answered in the other format than the one asked for.
check::Escalation in_the_other_format(Format f) {
  Format other = f == Format::json ? Format::xml : Format::json;
  return samples::answered(f, 201, samples::content_type(other), samples::invitation_body(other));
}

std::string property(Format f, const std::string& name, const std::string& value) {
  return f == Format::json ? "\"" + name + "\":\"" + value + "\""
                           : "<property name=\"" + name + "\">" + value + "</property>";
}

const Broken broken_samples[] = {
    {"ESC-RESP-1", "status",
     [](Format f) {
       return samples::answered(f, 200, samples::content_type(f), samples::invitation_body(f));
     }},
    {"REP-CTYPE-1", "header Content-Type",
     [](Format f) { return samples::answered(f, 201, "text/plain", samples::invitation_body(f)); }},
    {"REP-CTYPE-2", "header Content-Type", in_the_other_format, nullptr, "REP-CTYPE-3"},
    {"REP-CTYPE-3", "header Content-Type", in_the_other_format, nullptr, "REP-CTYPE-2"},
    {"REP-SHAPE-1", "/_links/bad",
     [](Format f) {
       return f == Format::json ? with_body(f, "\"_links\":{", "\"_links\":{\"bad\":7,")
                                : with_body(f, "<property name=\"state\">",
                                            "<link href=\"/x\"/><property name=\"state\">");
     },
     "/resource[@rel='audioVideoInvitation']/link[2]"},
    {"PAR-LINK-1", "from/self link",
     [](Format f) {
       return f == Format::json
                  ? with_body(f, R"({"rel":"participant","_links":{"self":{"href":"/p/1"}}})",
                              R"({"rel":"participant"})")
                  : with_body(f, R"(<resource rel="from" href="/p/1">)",
                              R"(<resource rel="from">)");
     }},
    {"SDP-1", "mediaOffer",
     [](Format f) { return with_body(f, samples::offer_data_uri, samples::audio_only_data_uri); },
     nullptr, "SDP-2"},  // an audio-only offer is not the audio+video offer sent
    {"SDP-2", "mediaOffer",
     [](Format f) {
       auto escalation = samples::conformant(f);
       escalation.offer += "a=sendrecv\r\n";
       return escalation;
     }},
    {"AVI-REL-1", "rel",
     [](Format f) {
       return f == Format::json
                  ? with_body(f, "\"rel\":\"audioVideoInvitation\"", "\"rel\":\"audioVideo\"")
                  : with_body(f, "rel=\"audioVideoInvitation\"", "rel=\"audioVideo\"");
     }},
    {"AVI-LINK-1", "self link",
     [](Format f) {
       return f == Format::json ? with_body(f, "\"self\"", "\"myself\"")
                                : with_body(f, "href=\"/ucwa", "data-href=\"/ucwa");
     }},
    {"AVI-ECHO-1", "operationId",
     [](Format f) {
       return with_body(f, property(f, "operationId", samples::operation_id),
                        property(f, "operationId", samples::operation_id.substr(1)));
     }},
    {"AVI-ECHO-2", "sessionContext",
     [](Format f) {
       return with_body(f, property(f, "sessionContext", samples::session_context),
                        property(f, "sessionContext", "another"));
     }},
    {"AVI-PROP-8", "direction",
     [](Format f) {
       return with_body(f, property(f, "direction", "Outgoing"),
                        property(f, "direction", "Outbound"));
     }},
    {"AVI-PROP-9", "importance",
     [](Format f) {
       return with_body(f, property(f, "importance", "Normal"),
                        property(f, "importance", "normal"));
     }},
    {"AVI-PROP-17", "state",
     [](Format f) {
       return with_body(f, property(f, "state", "Connecting"), property(f, "state", "Ringing"));
     }},
};

class EveryClause : public ::testing::TestWithParam<std::tuple<Broken, Format>> {};

TEST_P(EveryClause, ConformantSampleSatisfiesIt) {
  auto [broken, format] = GetParam();
  auto verdict = check::evaluate(broken.clause, samples::conformant(format));
  EXPECT_EQ(verdict.outcome, check::Outcome::satisfied)
      << (verdict.findings.empty() ? "" : verdict.findings[0].describe());
}

TEST_P(EveryClause, BrokenSampleViolatesItAtItsPath) {
  auto [broken, format] = GetParam();
  auto verdict = check::evaluate(broken.clause, broken.make(format));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, broken.path_in(format)) << verdict.findings[0].describe();
}

TEST_P(EveryClause, BrokenSampleViolatesNoOtherClause) {
  auto [broken, format] = GetParam();
  for (const Broken& other : broken_samples) {
    if (std::string_view(other.clause) == broken.clause) continue;
    if (broken.also && std::string_view(other.clause) == broken.also) continue;
    // Answering in the other format is REP-CTYPE-2's own business; it changes nothing else.
    auto verdict = check::evaluate(other.clause, broken.make(format));
    EXPECT_NE(verdict.outcome, check::Outcome::violated)
        << other.clause << " also fails: " << verdict.findings.at(0).describe();
  }
}

std::string name_of(const ::testing::TestParamInfo<std::tuple<Broken, Format>>& info) {
  std::string name = std::get<0>(info.param).clause;
  for (char& c : name)
    if (c == '-') c = '_';
  return name + "_" + std::string(model::to_string(std::get<1>(info.param)));
}

INSTANTIATE_TEST_SUITE_P(, EveryClause,
                         ::testing::Combine(::testing::ValuesIn(broken_samples),
                                            ::testing::Values(Format::json, Format::xml)),
                         name_of);

// Clauses judged on GETs or JSON/XML pairs have their samples in lookups_test.
bool is_lookup_or_pair(const contract::Clause& clause) {
  const auto observation = contract::observation_of(clause.rule);
  return observation == contract::Observation::lookup ||
         observation == contract::Observation::pair ||
         observation == contract::Observation::channel;  // channel_samples_test
}

TEST(Evaluate, EveryStatedClauseHasABrokenSampleHere) {
  std::set<std::string_view> sampled;
  for (const Broken& broken : broken_samples) sampled.insert(broken.clause);
  for (const contract::Clause& clause : contract::catalogue()) {
    const std::string_view id = clause.id;
    // Described members have their samples in member_samples_test, lookups and pairs in
    // lookups_test, errors and limits in errors_test, load clauses in cross_talk_test.
    if (clause.rule == contract::Rule::described_member || is_lookup_or_pair(clause) ||
        check::judged_on_provoked_answers(id) || check::judged_under_load(id))
      continue;
    EXPECT_TRUE(sampled.count(id)) << id << " has no failing sample in this test";
  }
}

TEST(Evaluate, SelfLinksMustBeUriReferences) {
  for (Format f : {Format::json, Format::xml}) {
    auto own = check::evaluate("AVI-LINK-1",
                               with_body(f, "/ucwa/v1/applications/1/communication/invitations/5",
                                         "/invitations/has space"));
    ASSERT_EQ(own.outcome, check::Outcome::violated);
    EXPECT_NE(own.findings.at(0).message.find("not a URI reference"), std::string::npos);
    auto participant = check::evaluate("PAR-LINK-1", with_body(f, "\"/p/1\"", "\"/p/has space\""));
    ASSERT_EQ(participant.outcome, check::Outcome::violated);
    EXPECT_EQ(participant.findings.at(0).path, "from/self link");
  }
}

TEST(Evaluate, NoAnswerIsATransportFailureNotAVerdict) {
  check::Escalation escalation = samples::conformant(Format::json);
  escalation.exchange.response.reset();
  escalation.exchange.failure = http::TransportFailure::connect_failed;
  escalation.exchange.failure_detail = "Connection refused";
  auto verdict = check::evaluate("AVI-ECHO-1", escalation);
  EXPECT_EQ(verdict.outcome, check::Outcome::transport_failure);
  EXPECT_NE(verdict.transport.find("transport"), std::string::npos);
}

TEST(Evaluate, AnUnreadableBodyIsAFindingAtTheBody) {
  auto verdict = check::evaluate(
      "AVI-ECHO-1", samples::answered(Format::json, 201, "application/json", "{not json"));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "body");
}

TEST(Evaluate, AnAbsentEnumPropertyIsNothingToCheck) {
  auto verdict =
      check::evaluate("AVI-PROP-17", with_body(Format::json, "\"state\":\"Connecting\",", ""));
  EXPECT_EQ(verdict.outcome, check::Outcome::not_applicable);
}

TEST(Evaluate, AnEnumValueMustBeAString) {
  auto verdict = check::evaluate(
      "AVI-PROP-8", with_body(Format::json, "\"direction\":\"Outgoing\"", "\"direction\":1"));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_TRUE(verdict.has_must_finding());
}

TEST(Evaluate, VendorTypesWithCharsetAreUcwaFormats) {
  auto escalation =
      samples::answered(Format::xml, 201, "application/vnd.microsoft.com.ucwa+xml;charset=utf-8",
                        samples::invitation_body(Format::xml));
  EXPECT_EQ(check::evaluate("REP-CTYPE-1", escalation).outcome, check::Outcome::satisfied);
  EXPECT_EQ(check::evaluate("REP-CTYPE-2", escalation).outcome, check::Outcome::satisfied);
}

TEST(Evaluate, AnAnswerInTheOtherFormatIsNotJudgedOnWhatItSays) {
  for (Format f : {Format::json, Format::xml}) {
    const check::Escalation escalation = in_the_other_format(f);
    EXPECT_EQ(check::evaluate("REP-CTYPE-2", escalation).outcome, check::Outcome::violated);
    EXPECT_EQ(check::evaluate("ESC-RESP-1", escalation).outcome, check::Outcome::satisfied);
    for (const char* id : {"AVI-ECHO-1", "AVI-REL-1", "AVI-PROP-17", "REP-SHAPE-1"}) {
      const auto verdict = check::evaluate(id, escalation);
      EXPECT_EQ(verdict.outcome, check::Outcome::not_judged) << id;
      EXPECT_NE(verdict.not_judged.find("REP-CTYPE-2"), std::string::npos) << id;
    }
  }
}

TEST(Evaluate, ABodyThatIsNotWhatContentTypeSaysViolatesTheFormatClause) {
  auto verdict =
      check::evaluate("REP-CTYPE-1", samples::answered(Format::json, 201, "application/json",
                                                       samples::invitation_body(Format::xml)));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "body");
}

}  // namespace
