// The load clauses (LOAD-*): an answer that belongs to another escalation in flight is a
// violation naming both; an answer of its own, however it spells its hrefs, is not.
#include <gtest/gtest.h>

#include <string>

#include "check/concurrent.hpp"
#include "check/evaluate.hpp"
#include "check/observed.hpp"
#include "contract/catalogue.hpp"
#include "contract/clause_ids.hpp"
#include "invitation_samples.hpp"
#include "representation/read.hpp"

namespace {

using namespace ucwa;
using check::Concurrent;
using check::Identity;
using check::Outcome;
using model::Format;

const std::string kBase = "http://127.0.0.1:8080";
const std::string kMine = kBase + "/ucwa/v1/applications/1/communication/invitations/1";
const std::string kTheirs = kBase + "/ucwa/v1/applications/1/communication/invitations/2";

check::Verdict judged(std::string_view id, const Concurrent& concurrent) {
  return check::evaluate(*contract::find_clause(id), concurrent);
}

// Two escalations in flight: "mine" (judged) and "theirs", each sent and given its invitation.
struct TwoInFlight {
  check::Neighbours neighbours;
  TwoInFlight() {
    neighbours.sent("mine-op", "mine-ctx");
    neighbours.sent("theirs-op", "theirs-ctx");
    neighbours.given("theirs-op", kTheirs);
  }
  Concurrent mine(Identity created, std::optional<Identity> fetched = std::nullopt) const {
    return {"mine-op", "mine-ctx", std::move(created), std::move(fetched), "no GET", neighbours};
  }
};

const Identity kOwn{"mine-op", "mine-ctx", kMine};

TEST(CrossTalk, OwnAnswersSatisfyEveryLoadClause) {
  TwoInFlight run;
  const Concurrent own = run.mine(kOwn, kOwn);
  for (auto id : {contract::id::LOAD_1, contract::id::LOAD_2, contract::id::LOAD_3})
    EXPECT_EQ(judged(id, own).outcome, Outcome::satisfied) << id;
}

TEST(CrossTalk, AnotherEscalationsOperationIdNamesBoth) {
  TwoInFlight run;
  const auto verdict = judged(contract::id::LOAD_1, run.mine({"theirs-op", "mine-ctx", kMine}));
  ASSERT_EQ(verdict.outcome, Outcome::violated);
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].other_escalation, "theirs-op");
  EXPECT_EQ(verdict.findings[0].level, contract::Level::must);
  EXPECT_NE(verdict.findings[0].message.find("mine-op"), std::string::npos);
}

TEST(CrossTalk, AnotherEscalationsSessionContextIsAShouldFinding) {
  TwoInFlight run;
  const auto verdict = judged(contract::id::LOAD_1, run.mine({"mine-op", "theirs-ctx", kMine}));
  ASSERT_EQ(verdict.outcome, Outcome::violated);
  EXPECT_FALSE(verdict.has_must_finding());
  EXPECT_EQ(verdict.findings.at(0).other_escalation, "theirs-op");
}

TEST(CrossTalk, AnEchoOfNoOneIsLeftToTheEchoClauses) {
  TwoInFlight run;  // AVI-ECHO-1 fails a wrong echo; LOAD-1 only one that is another's
  EXPECT_EQ(judged(contract::id::LOAD_1, run.mine({"nobody", "nobody", kMine})).outcome,
            Outcome::satisfied);
  EXPECT_EQ(judged(contract::id::LOAD_1, run.mine({std::nullopt, std::nullopt, kMine})).outcome,
            Outcome::not_applicable);
}

TEST(CrossTalk, AnInvitationAlreadyGivenToAnotherNamesBoth) {
  TwoInFlight run;
  const auto verdict = judged(contract::id::LOAD_2, run.mine({"mine-op", "mine-ctx", kTheirs}));
  ASSERT_EQ(verdict.outcome, Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).other_escalation, "theirs-op");
  EXPECT_NE(verdict.findings.at(0).message.find(kTheirs), std::string::npos);
}

TEST(CrossTalk, TheInvitationGivenToThisEscalationIsItsOwn) {
  TwoInFlight run;
  run.neighbours.given("mine-op", kMine);  // judged again after it was recorded
  EXPECT_EQ(judged(contract::id::LOAD_2, run.mine(kOwn)).outcome, Outcome::satisfied);
  EXPECT_EQ(judged(contract::id::LOAD_2, run.mine({"mine-op", "mine-ctx", std::nullopt})).outcome,
            Outcome::not_applicable);
}

TEST(CrossTalk, AGetAnsweringAnotherInvitationNamesBoth) {
  TwoInFlight run;
  const auto verdict =
      judged(contract::id::LOAD_3, run.mine(kOwn, Identity{"theirs-op", "theirs-ctx", kTheirs}));
  ASSERT_EQ(verdict.outcome, Outcome::violated);
  ASSERT_EQ(verdict.findings.size(), 2u);  // its self href and its operationId
  for (const auto& finding : verdict.findings) EXPECT_EQ(finding.other_escalation, "theirs-op");
}

TEST(CrossTalk, AGetAnsweringNoOneKnownStillFails) {
  TwoInFlight run;
  const auto verdict =
      judged(contract::id::LOAD_3, run.mine(kOwn, Identity{"stranger", "x", kBase + "/other"}));
  ASSERT_EQ(verdict.outcome, Outcome::violated);
  for (const auto& finding : verdict.findings) EXPECT_EQ(finding.other_escalation, "");
}

TEST(CrossTalk, NoGetIsNothingToCheckWithTheReason) {
  TwoInFlight run;
  const auto verdict = judged(contract::id::LOAD_3, run.mine(kOwn));
  EXPECT_EQ(verdict.outcome, Outcome::not_applicable);
  EXPECT_EQ(verdict.not_applicable, "no GET");
}

// The identity read from the documentation's samples: JSON and XML alike, and a relative self
// href equal to the absolute one it resolves to.
TEST(CrossTalk, IdentityIsTheSameInBothFormatsAndForRelativeHrefs) {
  const std::string url = kBase + "/ucwa/v1/applications/1/communication/invitations/5";
  for (Format format : {Format::json, Format::xml}) {
    auto read = representation::read_resource(format, samples::invitation_body(format));
    ASSERT_TRUE(read.value);
    const Identity identity = check::identity_of(*read.value, url);
    EXPECT_EQ(identity.operation_id, samples::operation_id);
    EXPECT_EQ(identity.session_context, samples::session_context);
    EXPECT_EQ(identity.self, url);
  }
}

TEST(Neighbours, RemembersABoundedWindowOldestForgottenFirst) {
  check::Neighbours neighbours(2);
  neighbours.sent("a", "ctx-a");
  neighbours.given("a", "/i/a");
  neighbours.sent("b", "ctx-b");
  neighbours.sent("c", "ctx-c");
  EXPECT_EQ(neighbours.sender_of_operation_id("a"), nullptr);
  EXPECT_EQ(neighbours.sender_of_session_context("ctx-a"), nullptr);
  EXPECT_EQ(neighbours.holder_of_invitation("/i/a"), nullptr);
  ASSERT_NE(neighbours.sender_of_session_context("ctx-c"), nullptr);
  EXPECT_EQ(*neighbours.sender_of_session_context("ctx-c"), "c");
}

TEST(Neighbours, TheFirstEscalationGivenAnInvitationKeepsIt) {
  check::Neighbours neighbours;
  neighbours.sent("a", "ctx-a");
  neighbours.sent("b", "ctx-b");
  neighbours.given("a", "/i/1");
  neighbours.given("b", "/i/1");
  EXPECT_EQ(*neighbours.holder_of_invitation("/i/1"), "a");
}

TEST(CrossTalk, LoadClausesAreJudgedOnlyUnderLoad) {
  for (auto id : {contract::id::LOAD_1, contract::id::LOAD_2, contract::id::LOAD_3}) {
    EXPECT_TRUE(check::judged_under_load(id));
    EXPECT_FALSE(check::judged_on_escalations(id));
    EXPECT_THROW(check::evaluate(id, samples::conformant(Format::json)), std::logic_error);
  }
  EXPECT_THROW(judged(contract::id::AVI_ECHO_1, TwoInFlight().mine(kOwn)), std::logic_error);
}

}  // namespace
