// Every event-channel clause judged on written samples: a conformant story passes them all in
// both formats, each broken story fails its clause (and no other), and the variations the
// documentation allows fail nothing.
#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "check/evaluate.hpp"
#include "contract/catalogue.hpp"
#include "sdp/offer.hpp"

namespace ucwa {
namespace {

using model::Format;

constexpr const char* kBase = "http://127.0.0.1:8080";
constexpr const char* kInvitation = "/ucwa/oauth/v1/applications/7/communication/invitations/5";
constexpr const char* kOperationId = "74cb7404e0a247d5a2d4eb0376a47dbf";
constexpr const char* kSessionContext = "8efd502350ff419cb615018ae561f97e";
constexpr const char* kRefused = "0123456789abcdef0123456789abcdef";

// The invitation as an event embeds it (or as the 201 answers it).
struct Invitation {
  std::string href = kInvitation;
  std::string operation_id = kOperationId;
  std::string session_context = kSessionContext;
  std::string subject = "Escalated call";
};

struct Negotiation {
  std::string media_answer;  // plain SDP
};

struct Event {
  std::string sender = "communication";
  std::string sender_href = "/ucwa/oauth/v1/applications/7/communication";
  std::string type = "started";
  std::string rel = "audioVideoInvitation";
  std::string href = kInvitation;
  std::optional<Invitation> invitation = Invitation{};
  std::optional<Negotiation> negotiation = std::nullopt;
  std::optional<std::string> status = std::nullopt;
  std::optional<std::string> reason_code = std::nullopt;
  std::optional<std::string> reason_subcode = std::nullopt;
};

struct Batch {
  long long ack = 1;
  std::vector<Event> events = {};
  bool with_self = true;
  bool with_next = true;
  bool resync = false;
};

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"')
      out += "\\\"";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

std::string events_href(long long ack) {
  return "/ucwa/oauth/v1/applications/7/events?ack=" + std::to_string(ack);
}

std::string invitation_json(const Invitation& invitation) {
  return R"({"rel":"audioVideoInvitation","operationId":")" + invitation.operation_id +
         R"(","sessionContext":")" + invitation.session_context + R"(","subject":")" +
         invitation.subject + R"(","_links":{"self":{"href":")" + invitation.href + R"("}}})";
}

std::string invitation_xml(const Invitation& invitation) {
  return R"(<resource rel="audioVideoInvitation" href=")" + invitation.href +
         R"("><property name="operationId">)" + invitation.operation_id +
         R"(</property><property name="sessionContext">)" + invitation.session_context +
         R"(</property><property name="subject">)" + invitation.subject + "</property></resource>";
}

std::string json_of(const Batch& batch) {
  std::string links;
  if (batch.with_self) links += R"("self":{"href":")" + events_href(batch.ack) + R"("})";
  if (batch.with_next)
    links += std::string(links.empty() ? "" : ",") + R"("next":{"href":")" +
             events_href(batch.ack + 1) + R"("})";
  if (batch.resync)
    links +=
        std::string(links.empty() ? "" : ",") + R"("resync":{"href":")" + events_href(1) + R"("})";
  std::string senders;
  for (const Event& event : batch.events) {
    std::string body = R"({"link":{"rel":")" + event.rel + R"(","href":")" + event.href + R"("})";
    if (event.invitation)
      body += R"(,"_embedded":{"audioVideoInvitation":)" + invitation_json(*event.invitation) + "}";
    if (event.negotiation)
      body +=
          R"(,"_embedded":{"audioVideoNegotiation":{"rel":"audioVideoNegotiation","mediaAnswer":")" +
          escaped(event.negotiation->media_answer) + R"(","_links":{"self":{"href":")" +
          event.href + R"("},"audioVideoInvitation":{"href":")" + kInvitation + R"("}}}})";
    if (event.status) body += R"(,"status":")" + *event.status + R"(")";
    if (event.reason_code) {
      body += R"(,"reason":{"code":")" + *event.reason_code + R"(")";
      if (event.reason_subcode) body += R"(,"subcode":")" + *event.reason_subcode + R"(")";
      body += "}";
    }
    body += R"(,"type":")" + event.type + R"("})";
    senders += std::string(senders.empty() ? "" : ",") + R"({"rel":")" + event.sender +
               R"(","href":")" + event.sender_href + R"(","events":[)" + body + "]}";
  }
  return R"({"_links":{)" + links + "}" + (batch.resync ? "" : R"(,"sender":[)" + senders + "]") +
         "}";
}

std::string xml_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '\r')
      out += "&#13;";
    else
      out += c;
  }
  return out;
}

std::string xml_of(const Batch& batch) {
  std::string body =
      R"(<events )" +
      (batch.with_self ? R"(href=")" + xml_text(events_href(batch.ack)) + R"(" )" : std::string()) +
      R"(xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)";
  if (batch.with_next)
    body += R"(<link rel="next" href=")" + xml_text(events_href(batch.ack + 1)) + R"("/>)";
  if (batch.resync) body += R"(<link rel="resync" href=")" + xml_text(events_href(1)) + R"("/>)";
  for (const Event& event : batch.events) {
    body += R"(<sender rel=")" + event.sender + R"(" href=")" + event.sender_href + R"(">)";
    body += "<" + event.type + R"( rel=")" + event.rel + R"(" href=")" + event.href + R"(")";
    if (event.status) body += R"( status=")" + *event.status + R"(")";
    body += ">";
    if (event.invitation) body += invitation_xml(*event.invitation);
    if (event.negotiation)
      body += R"(<resource rel="audioVideoNegotiation" href=")" + event.href +
              R"("><link rel="audioVideoInvitation" href=")" + kInvitation +
              R"("/><property name="mediaAnswer">)" + xml_text(event.negotiation->media_answer) +
              "</property></resource>";
    if (event.reason_code) {
      body += "<reason><code>" + *event.reason_code + "</code>";
      if (event.reason_subcode) body += "<subcode>" + *event.reason_subcode + "</subcode>";
      body += "</reason>";
    }
    body += "</" + event.type + "></sender>";
  }
  return body + "</events>";
}

std::string content_type(Format format) {
  return format == Format::json ? "application/json" : "application/vnd.microsoft.com.ucwa+xml";
}

http::Exchange channel_answer(Format format, const Batch& batch, int status = 200) {
  http::Exchange exchange;
  exchange.request = {"GET", std::string(kBase) + events_href(batch.ack), {}, {}, true};
  exchange.response = http::Response{status,
                                     {{"Content-Type", content_type(format)}},
                                     format == Format::json ? json_of(batch) : xml_of(batch)};
  return exchange;
}

http::Exchange error_answer(Format format, int status, const std::string& code,
                            const std::string& subcode, long long ack) {
  http::Exchange exchange;
  exchange.request = {"GET", std::string(kBase) + events_href(ack), {}, {}, true};
  exchange.response = http::Response{
      status,
      {{"Content-Type", content_type(format)}},
      format == Format::json
          ? R"({"code":")" + code + R"(","subcode":")" + subcode + R"("})"
          : R"(<reason xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><code>)" + code +
                "</code><subcode>" + subcode + "</subcode></reason>"};
  return exchange;
}

http::Exchange held(long long ack) {
  http::Exchange exchange;
  exchange.request = {"GET", std::string(kBase) + events_href(ack), {}, {}, true};
  exchange.failure = http::TransportFailure::interrupted;
  return exchange;
}

check::Escalation created(Format format, const std::string& operation_id = kOperationId) {
  check::Escalation escalation;
  escalation.requested = format;
  escalation.operation_id = operation_id;
  escalation.session_context = kSessionContext;
  escalation.exchange.request = {
      "POST", std::string(kBase) + "/ucwa/oauth/v1/applications/7/escalate", {}, "", false};
  const Invitation invitation{.operation_id = operation_id};
  escalation.exchange.response = http::Response{
      201,
      {{"Content-Type", format == Format::json ? "application/json" : "application/xml"}},
      format == Format::json
          ? invitation_json(invitation)
          : R"(<?xml version="1.0"?>)" +
                std::string(invitation_xml(invitation))
                    .insert(9, R"( xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa")")};
  return escalation;
}

std::string answer_sdp() {
  return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
         "m=audio 5000 RTP/AVP 0\r\nm=video 5002 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";
}

// The story a conformant server tells: started, a negotiation, completed with Success, in one
// batch; then its next and a second GET of it (one released with PGetReplaced, one held); the
// first batch asked for again; an ack out of range answered with resync.
struct Story {
  std::vector<Event> events = {};
  Batch after = {};  // what following next brings (nothing, for a conformant server)
  bool after_replaced = true;
  bool after_held = false;  // neither pending GET answered: both still held when cut
  std::optional<Batch> again =
      std::nullopt;  // what the same ack brings again; the first batch when unset
  std::optional<Batch> out_of_range =
      Batch{.ack = 1000000001, .with_self = false, .with_next = false, .resync = true};
  bool claim_refused = false;  // an event claims the refused escalation's invitation
  bool failed = false;  // escalationFails: the story's completed event is judged as a failure
  std::function<void(Batch&)> change_first = {};  // a change to the first batch's shape
};

std::vector<Event> conformant_events() {
  Event started;
  Event negotiation{.sender = "audioVideoInvitation",
                    .sender_href = kInvitation,
                    .type = "updated",
                    .rel = "audioVideoNegotiation",
                    .href = std::string(kInvitation) + "/negotiation",
                    .invitation = std::nullopt,
                    .negotiation = Negotiation{answer_sdp()}};
  Event completed{.type = "completed", .status = "Success"};
  return {started, negotiation, completed};
}

check::Channel channel_of(Format format, const Story& story) {
  check::Channel channel;
  channel.requested = format;
  channel.escalation = created(format);
  Batch first{.ack = 1, .events = story.events};
  if (story.change_first) story.change_first(first);
  if (story.claim_refused) {
    const std::string href = std::string(kInvitation) + "0";
    first.events.insert(
        first.events.begin(),
        Event{.href = href, .invitation = Invitation{.href = href, .operation_id = kRefused}});
  }
  channel.refused = created(format, kRefused);
  channel.refused->exchange.response->status = 400;
  channel.reads = {channel_answer(format, first)};
  channel.same_ack_of = 0;
  channel.same_ack_again = channel_answer(format, story.again.value_or(first));
  Batch after = story.after;
  after.ack = 2;
  channel.first_pending = story.after_held ? held(2)
                          : story.after_replaced
                              ? error_answer(format, 409, "Conflict", "PGetReplaced", 2)
                              : channel_answer(format, after);
  channel.second_pending = held(2);
  channel.after_completed = {*channel.first_pending, *channel.second_pending};
  if (story.out_of_range) channel.out_of_range = channel_answer(format, *story.out_of_range);
  channel.wait = std::chrono::milliseconds(12);
  return channel;
}

std::vector<const contract::Clause*> channel_clauses() {
  std::vector<const contract::Clause*> clauses;
  for (const contract::Clause& clause : contract::catalogue()) {
    if (contract::observation_of(clause.rule) == contract::Observation::channel)
      clauses.push_back(&clause);
  }
  return clauses;
}

// The failure clauses judge a story whose escalation failed; the rest one that succeeded.
bool judges_failures(const contract::Clause& clause) {
  return clause.id == "EVT-9" || clause.id == "EVT-10";
}

Story conformant(bool failed) {
  Story story{.events = conformant_events(), .failed = failed};
  if (failed) {
    story.events.back().status = "Failure";
    story.events.back().reason_code = "ServiceFailure";
    story.events.back().reason_subcode = "EscalationFailed";
  }
  return story;
}

void expect_satisfied(Format format, const Story& story, const std::string& what) {
  for (const contract::Clause* clause : channel_clauses()) {
    if (judges_failures(*clause) != story.failed) continue;
    check::Verdict verdict = check::evaluate(*clause, channel_of(format, story));
    EXPECT_NE(verdict.outcome, check::Outcome::violated)
        << what << ": " << clause->id << " fails: " << verdict.findings.at(0).describe();
    EXPECT_NE(verdict.outcome, check::Outcome::not_judged) << what << ": " << clause->id;
    EXPECT_NE(verdict.outcome, check::Outcome::transport_failure) << what << ": " << clause->id;
  }
}

class EventSamples : public ::testing::TestWithParam<Format> {};

TEST_P(EventSamples, AConformantStoryFailsNothing) {
  expect_satisfied(GetParam(), conformant(false), "success");
  expect_satisfied(GetParam(), conformant(true), "failure");
}

TEST_P(EventSamples, AConformantStoryChecksEveryClause) {
  for (const contract::Clause* clause : channel_clauses()) {
    const Story story = conformant(judges_failures(*clause));
    check::Verdict verdict = check::evaluate(*clause, channel_of(GetParam(), story));
    EXPECT_EQ(verdict.outcome, check::Outcome::satisfied)
        << clause->id << " was not checked: " << verdict.not_applicable;
  }
}

// A legal variation: the documentation allows it, so it fails nothing.
struct Variation {
  const char* name;
  std::function<void(Story&)> apply;
};

const std::vector<Variation>& variations() {
  static const std::vector<Variation> list{
      {"link-only events (audioVideoInvitation_ref.md's samples)",
       [](Story& story) {
         for (Event& event : story.events) event.invitation.reset();
       }},
      {"only completed (aggregation skipped started)",
       [](Story& story) { story.events.erase(story.events.begin()); }},
      {"unknown senders and event types about other resources",
       [](Story& story) {
         story.events.insert(story.events.begin(),
                             Event{.sender = "me",
                                   .sender_href = "/ucwa/oauth/v1/applications/7/me",
                                   .type = "frobnicated",
                                   .rel = "presence",
                                   .href = "/ucwa/oauth/v1/applications/7/me/presence",
                                   .invitation = std::nullopt});
       }},
      {"events of another escalation on a shared channel",
       [](Story& story) {
         Event other{.href = std::string(kInvitation) + "9",
                     .invitation = Invitation{.href = std::string(kInvitation) + "9",
                                              .operation_id = "another"}};
         story.events.insert(story.events.begin(), other);
         other.type = "completed";
         other.status = "Success";
         story.events.push_back(other);
       }},
      {"absolute hrefs",
       [](Story& story) {
         for (Event& event : story.events) {
           event.href = std::string(kBase) + event.href;
           if (event.invitation) event.invitation->href = std::string(kBase) + kInvitation;
         }
       }},
      {"an updated event between started and completed",
       [](Story& story) {
         Event updated;
         updated.type = "updated";
         story.events.insert(story.events.begin() + 1, updated);
       }},
      {"the first of the two pending GETs held, the second released",
       [](Story& story) { story.after_replaced = true; }},
  };
  return list;
}

TEST_P(EventSamples, LegalVariationsFailNothing) {
  for (const Variation& variation : variations()) {
    for (bool failed : {false, true}) {
      Story story = conformant(failed);
      variation.apply(story);
      expect_satisfied(GetParam(), story, variation.name);
    }
  }
}

// A story broken so that exactly one clause fails.
struct Broken {
  const char* clause;
  const char* what;
  std::function<void(Story&)> apply;
  const char* also = nullptr;  // a second clause the same break necessarily fails
};

const std::vector<Broken>& broken_stories() {
  static const std::vector<Broken> list{
      {"EVT-1", "no event about the invitation", [](Story& story) { story.events.clear(); }},
      {"EVT-1", "the event links another href",
       [](Story& story) {
         for (Event& event : story.events) {
           if (event.rel == "audioVideoInvitation") event.href += "0";
         }
       }},
      {"EVT-2", "the embedded invitation carries another operationId",
       [](Story& story) {
         story.events.front().href = kInvitation;
         story.events.front().invitation->operation_id = "not-the-one-sent";
       }},
      {"EVT-3", "the embedded invitation carries another sessionContext",
       [](Story& story) { story.events.front().invitation->session_context = "changed"; }},
      {"EVT-4", "the invitation's event comes from the conversation",
       [](Story& story) { story.events.front().sender = "conversation"; }},
      {"EVT-5", "the invitation's event is of a resource's type",
       [](Story& story) { story.events.front().type = "added"; }},
      {"EVT-6", "completed twice",
       [](Story& story) { story.events.push_back(story.events.back()); }},
      {"EVT-7", "the embedded invitation's subject is 251 characters",
       [](Story& story) { story.events.front().invitation->subject = std::string(251, 's'); }},
      {"EVT-8", "completed without status",
       [](Story& story) { story.events.back().status.reset(); }},
      {"EVT-9", "a failure without reason",
       [](Story& story) {
         story.events.back().reason_code.reset();
         story.events.back().reason_subcode.reset();
         story.failed = true;
         story.events.back().status = "Failure";
       },
       "EVT-10"},
      {"EVT-10", "a failure with subcode None",
       [](Story& story) {
         story.failed = true;
         story.events.back().status = "Failure";
         story.events.back().reason_code = "ServiceFailure";
         story.events.back().reason_subcode = "None";
       }},
      {"EVT-11", "an answer with audio only",
       [](Story& story) {
         story.events[1].negotiation->media_answer =
             "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
             "m=audio 5000 RTP/AVP 0\r\n";
       }},
      {"EVT-12", "a batch without self",
       [](Story& story) { story.change_first = [](Batch& batch) { batch.with_self = false; }; }},
      {"EVT-12", "a batch without next",
       [](Story& story) { story.change_first = [](Batch& batch) { batch.with_next = false; }; }},
      {"EVT-13", "next brings the invitation's events back",
       [](Story& story) {
         story.after_replaced = false;
         story.after.events = story.events;
       }},
      {"EVT-14", "the same ack brings nothing", [](Story& story) { story.again = Batch{}; }},
      {"EVT-15", "an ack out of range answers an empty batch",
       [](Story& story) { story.out_of_range = Batch{.ack = 1000000001}; }},
      {"EVT-17", "an event claims the refused escalation's invitation",
       [](Story& story) { story.claim_refused = true; }},
      {"EVT-16", "neither pending GET is released", [](Story& story) { story.after_held = true; }},
  };
  return list;
}

TEST_P(EventSamples, EachBrokenStoryFailsItsClauseAndNoOther) {
  for (const Broken& broken : broken_stories()) {
    Story story = conformant(std::string_view(broken.clause) == "EVT-9" ||
                             std::string_view(broken.clause) == "EVT-10");
    broken.apply(story);
    for (const contract::Clause* clause : channel_clauses()) {
      if (judges_failures(*clause) != story.failed) continue;
      check::Verdict verdict = check::evaluate(*clause, channel_of(GetParam(), story));
      if (clause->id == broken.clause) {
        EXPECT_EQ(verdict.outcome, check::Outcome::violated)
            << broken.what << " does not fail " << clause->id;
      } else if (!(std::string_view(broken.clause) == "EVT-1" && story.events.empty()) &&
                 !(broken.also && clause->id == broken.also)) {
        // With no event at all the clauses about the events have nothing to check.
        EXPECT_NE(verdict.outcome, check::Outcome::violated)
            << broken.what << " also fails " << clause->id << ": "
            << verdict.findings.at(0).describe();
      }
    }
  }
}

TEST(EventStories, EveryChannelClauseHasABrokenStory) {
  std::set<std::string_view> broken;
  for (const Broken& story : broken_stories()) broken.insert(story.clause);
  for (const contract::Clause* clause : channel_clauses())
    EXPECT_TRUE(broken.count(clause->id)) << clause->id << " has no broken story";
}

TEST_P(EventSamples, NoChannelIsNothingToCheck) {
  check::Channel channel;
  channel.requested = GetParam();
  channel.no_channel = "the target has no event channel";
  for (const contract::Clause* clause : channel_clauses()) {
    check::Verdict verdict = check::evaluate(*clause, channel);
    EXPECT_EQ(verdict.outcome, check::Outcome::not_applicable) << clause->id;
  }
}

TEST_P(EventSamples, BatchesInTheOtherFormatAreNeverJudgedAsAsked) {
  const Format other = GetParam() == Format::json ? Format::xml : Format::json;
  check::Channel channel = channel_of(GetParam(), conformant(false));
  channel.reads = {channel_answer(other, Batch{.events = conformant_events()})};
  for (const contract::Clause* clause : channel_clauses()) {
    if (judges_failures(*clause)) continue;
    check::Verdict verdict = check::evaluate(*clause, channel);
    if (clause->id == "EVT-12")
      EXPECT_EQ(verdict.outcome, check::Outcome::violated);
    else
      EXPECT_EQ(verdict.outcome, check::Outcome::not_judged) << clause->id;
  }
}

TEST_P(EventSamples, TheWaitedForOperationIdIsNamed) {
  Story story = conformant(false);
  story.events.clear();
  check::Verdict verdict =
      check::evaluate(*contract::find_clause("EVT-1"), channel_of(GetParam(), story));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_NE(verdict.findings.at(0).message.find(kOperationId), std::string::npos)
      << verdict.findings.at(0).message;
}

TEST_P(EventSamples, OnlyARefusedEscalationIsJudgedForClaims) {
  const contract::Clause& clause = *contract::find_clause("EVT-17");
  check::Channel channel = channel_of(GetParam(), conformant(false));
  EXPECT_EQ(check::evaluate(clause, channel).outcome, check::Outcome::satisfied);
  channel.refused->exchange.response->status = 201;
  EXPECT_EQ(check::evaluate(clause, channel).outcome, check::Outcome::not_applicable)
      << "an escalation answered 201 was not refused";
}

INSTANTIATE_TEST_SUITE_P(, EventSamples, ::testing::Values(Format::json, Format::xml),
                         [](const auto& param_info) {
                           return std::string(model::to_string(param_info.param));
                         });

}  // namespace
}  // namespace ucwa
