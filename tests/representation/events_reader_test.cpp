// The event-channel readers: the documentation's two samples and a written pair of twins read to
// the same batch, and every shape an answer may legally take reads without defects.
#include "representation/events_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "check/parity.hpp"
#include "representation/limits.hpp"
#include "representation/read.hpp"

namespace {

using namespace ucwa;
using representation::read_json_events;
using representation::read_xml_events;

constexpr const char* kNamespace = R"( xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa")";

std::string sample(const std::string& name) {
  std::ifstream file(std::string(UCWA_SAMPLES_DIR) + "/" + name, std::ios::binary);
  std::stringstream content;
  content << file.rdbuf();
  return content.str();
}

std::string describe(const std::optional<model::EventLink>& link) {
  if (!link) return "none";
  return link->rel + " " + link->href + (link->title ? " \"" + *link->title + "\"" : "");
}

std::string describe(const std::optional<std::string>& text) {
  return text ? "\"" + *text + "\"" : "none";
}

std::string describe(const std::map<std::string, model::Value>& bag) {
  std::string out;
  for (const auto& [name, value] : bag) out += name + "=" + value.as_text().value_or("?") + ";";
  return out;
}

std::string describe(const std::optional<model::Reason>& reason) {
  if (!reason) return "none";
  return describe(reason->code) + " " + describe(reason->subcode) + " " +
         describe(reason->message) + " " + describe(reason->link) + " " +
         describe(reason->parameters) + " " + describe(reason->debug_info);
}

// How two readings of a batch differ, under the resource parity rules for embedded resources
// (check::compare): "sender 1 event 0 status: \"Failure\" vs none".
std::vector<std::string> differences(const model::EventsBatch& left,
                                     const model::EventsBatch& right) {
  std::vector<std::string> found;
  const auto same = [&](const std::string& where, const std::string& a, const std::string& b) {
    if (a != b) found.push_back(where + ": " + a + " vs " + b);
  };
  same("self", describe(left.self), describe(right.self));
  same("next", describe(left.next), describe(right.next));
  same("resume", describe(left.resume), describe(right.resume));
  same("resync", describe(left.resync), describe(right.resync));
  same("senders", std::to_string(left.senders.size()), std::to_string(right.senders.size()));
  for (std::size_t s = 0; s < std::min(left.senders.size(), right.senders.size()); ++s) {
    const model::Sender& a = left.senders[s];
    const model::Sender& b = right.senders[s];
    const std::string sender = "sender " + std::to_string(s);
    same(sender, a.rel + " " + a.href, b.rel + " " + b.href);
    same(sender + " events", std::to_string(a.events.size()), std::to_string(b.events.size()));
    for (std::size_t e = 0; e < std::min(a.events.size(), b.events.size()); ++e) {
      const model::Event& x = a.events[e];
      const model::Event& y = b.events[e];
      const std::string event = sender + " event " + std::to_string(e);
      same(event + " type", x.type, y.type);
      same(event + " link", describe(x.link), describe(y.link));
      same(event + " in", describe(x.in), describe(y.in));
      same(event + " status", describe(x.status), describe(y.status));
      same(event + " reason", describe(x.reason), describe(y.reason));
      same(event + " embedded", std::to_string(x.embedded.size()),
           std::to_string(y.embedded.size()));
      for (std::size_t r = 0; r < std::min(x.embedded.size(), y.embedded.size()); ++r) {
        for (const auto& difference :
             check::compare(x.embedded[r], y.embedded[r], "https://fe1.contoso.com/")) {
          found.push_back(event + " embedded " + std::to_string(r) + " " + difference.path + ": " +
                          difference.contrast("JSON", "XML"));
        }
      }
    }
  }
  return found;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

std::string joined(const std::vector<model::ParseError>& defects) {
  std::string out;
  for (const auto& defect : defects) out += defect.describe() + "\n";
  return out;
}

class EventChannelDetailsSamples : public ::testing::Test {
 protected:
  model::Read<model::EventsBatch> json = read_json_events(sample("event_channel_details.json"));
  model::Read<model::EventsBatch> xml = read_xml_events(sample("event_channel_details.xml"));
};

TEST_F(EventChannelDetailsSamples, BothReadWithoutDefects) {
  ASSERT_TRUE(json.value) << json.error->describe();
  ASSERT_TRUE(xml.value) << xml.error->describe();
  EXPECT_TRUE(json.defects.empty()) << joined(json.defects);
  EXPECT_TRUE(xml.defects.empty()) << joined(xml.defects);
}

TEST_F(EventChannelDetailsSamples, ReadTheSame) {
  ASSERT_TRUE(json.value && xml.value);
  EXPECT_EQ(joined(differences(*json.value, *xml.value)), "");
}

TEST_F(EventChannelDetailsSamples, HaveTheDocumentedShape) {
  for (const auto* read : {&json, &xml}) {
    ASSERT_TRUE(read->value);
    const model::EventsBatch& batch = *read->value;
    EXPECT_EQ(batch.self, "/ucwa/oauth/v1/applications/102/events?ack=1");
    EXPECT_EQ(batch.next, "/ucwa/oauth/v1/applications/102/events?ack=2");
    EXPECT_FALSE(batch.resume || batch.resync);
    ASSERT_EQ(batch.senders.size(), 2u);
    EXPECT_EQ(batch.senders[0].rel, "communication");
    EXPECT_EQ(batch.senders[1].href, "/ucwa/oauth/v1/applications/102/me");
    ASSERT_EQ(batch.senders[1].events.size(), 4u);
    EXPECT_EQ(batch.senders[1].events[0].type, "updated");
    EXPECT_EQ(batch.senders[1].events[3].type, "added");
    EXPECT_EQ(describe(batch.senders[1].events[3].link),
              "location /ucwa/oauth/v1/applications/102/me/location");
    ASSERT_EQ(batch.senders[0].events.size(), 1u);
    const model::Event& updated = batch.senders[0].events[0];
    EXPECT_EQ(describe(updated.link),
              "communication /ucwa/oauth/v1/applications/102/communication");
    EXPECT_FALSE(updated.in || updated.status || updated.reason);
    ASSERT_EQ(updated.embedded.size(), 1u);
    const model::Resource& communication = updated.embedded[0];
    EXPECT_EQ(communication.rel, "communication");
    EXPECT_EQ(communication.self, "/ucwa/oauth/v1/applications/102/communication");
    EXPECT_EQ(communication.properties.size(), 4u);
    EXPECT_EQ(communication.property("etag")->as_text(), "2943169141");
    EXPECT_EQ(communication.property("supportedModalities")->items.at(0).as_text(), "Messaging");
    EXPECT_EQ(communication.links.size(), 4u);
    EXPECT_EQ(communication.link("startOnlineMeeting")->links.at(0).href,
              "/ucwa/oauth/v1/applications/102/communication/"
              "onlineMeetingInvitations?onlineMeetingUri=adhoc");
  }
}

TEST_F(EventChannelDetailsSamples, LocateEveryPart) {
  ASSERT_TRUE(json.value && xml.value);
  EXPECT_EQ(json.value->senders[1].location, "/sender/1");
  EXPECT_EQ(json.value->senders[1].events[2].location, "/sender/1/events/2");
  EXPECT_EQ(json.value->senders[0].events[0].embedded[0].location,
            "/sender/0/events/0/_embedded/communication");
  EXPECT_EQ(xml.value->senders[1].location, "/events/sender[2]");
  // Numbered among the events of the same name: the second <added>.
  EXPECT_EQ(xml.value->senders[1].events[2].location, "/events/sender[2]/added[2]");
  EXPECT_EQ(xml.value->senders[0].events[0].embedded[0].location,
            "/events/sender[1]/updated[1]/resource[1]");
}

class AudioVideoEvents : public ::testing::Test {
 protected:
  std::string json_body = sample("audio_video_events.json");
  std::string xml_body = sample("audio_video_events.xml");
};

TEST_F(AudioVideoEvents, ReadTheSameInBothFormats) {
  auto json = representation::read_events(model::Format::json, json_body);
  auto xml = representation::read_events(model::Format::xml, xml_body);
  ASSERT_TRUE(json.value) << json.error->describe();
  ASSERT_TRUE(xml.value) << xml.error->describe();
  EXPECT_TRUE(json.defects.empty()) << joined(json.defects);
  EXPECT_TRUE(xml.defects.empty()) << joined(xml.defects);
  EXPECT_EQ(joined(differences(*json.value, *xml.value)), "");

  for (const auto* read : {&json, &xml}) {
    const model::EventsBatch& batch = *read->value;
    ASSERT_EQ(batch.senders.size(), 2u);
    EXPECT_EQ(batch.senders[0].href, batch.senders[1].href);  // a sender may repeat
    const model::Event& started = batch.senders[0].events.at(0);
    EXPECT_EQ(started.type, "started");
    ASSERT_EQ(started.embedded.size(), 1u);
    EXPECT_EQ(started.embedded[0].rel, "audioVideoInvitation");
    EXPECT_EQ(started.embedded[0].property("state")->as_text(), "Connecting");
    EXPECT_FALSE(started.status || started.reason);
    const model::Event& added = batch.senders[0].events.at(1);
    EXPECT_EQ(added.link->title, "Escalated call");
    EXPECT_EQ(describe(added.in),
              "conversations /ucwa/oauth/v1/applications/192/communication/conversations");
    const model::Event& completed = batch.senders[1].events.at(0);
    EXPECT_EQ(completed.type, "completed");
    EXPECT_EQ(completed.status, "Failure");
    ASSERT_TRUE(completed.reason);
    EXPECT_EQ(completed.reason->code, "RemoteFailure");
    EXPECT_EQ(completed.reason->subcode, "EscalationFailed");
    EXPECT_EQ(completed.reason->debug_info.at("diagnosticsCode").as_text(), "3100");
    EXPECT_EQ(completed.embedded.at(0).property("state")->as_text(), "Failed");
  }
}

// The comparison above can fail: twins that differ in one place differ there only.
TEST_F(AudioVideoEvents, TwinsThatDifferAreToldApart) {
  auto json = read_json_events(json_body);
  // Every `from` in the XML twin becomes `to`.
  const auto differ = [&](const std::string& from, const std::string& to) {
    std::string body = xml_body;
    EXPECT_NE(body.find(from), std::string::npos) << from;
    for (auto at = body.find(from); at != std::string::npos; at = body.find(from, at + to.size()))
      body.replace(at, from.size(), to);
    auto xml = read_xml_events(body);
    return xml.value ? differences(*json.value, *xml.value)
                     : std::vector<std::string>{"unreadable: " + xml.error->describe()};
  };
  ASSERT_TRUE(json.value);
  auto found = differ(R"(status="Failure")", R"(status="Success")");
  ASSERT_EQ(found.size(), 1u) << joined(found);
  EXPECT_EQ(found[0], R"(sender 1 event 0 status: "Failure" vs "Success")");
  found = differ("added", "deleted");
  EXPECT_EQ(joined(found), "sender 0 event 1 type: added vs deleted\n");
  found = differ(R"(<property name="state">Connecting)", R"(<property name="state">Connected)");
  ASSERT_EQ(found.size(), 1u) << joined(found);
  EXPECT_NE(found[0].find("property state"), std::string::npos) << found[0];
  found = differ("<subcode>EscalationFailed</subcode>", "");
  ASSERT_EQ(found.size(), 1u) << joined(found);
  EXPECT_NE(found[0].find("sender 1 event 0 reason"), std::string::npos) << found[0];
  found = differ(R"(<in rel="conversations")", R"(<in rel="members")");
  ASSERT_EQ(found.size(), 1u) << joined(found);
}

TEST(EventsReader, AResumeAnswerReads) {
  auto json =
      read_json_events(R"({"_links":{"self":{"href":"/e?ack=9"},"resume":{"href":"/e?ack=1"}}})");
  auto xml = read_xml_events(std::string(R"(<events href="/e?ack=9")") + kNamespace +
                             R"(><link rel="resume" href="/e?ack=1"/></events>)");
  for (const auto* read : {&json, &xml}) {
    ASSERT_TRUE(read->value);
    EXPECT_TRUE(read->defects.empty()) << joined(read->defects);
    EXPECT_EQ(read->value->self, "/e?ack=9");
    EXPECT_EQ(read->value->resume, "/e?ack=1");
    EXPECT_FALSE(read->value->next || read->value->resync);
    EXPECT_TRUE(read->value->senders.empty());
  }
}

TEST(EventsReader, AResyncLinkAloneIsAWholeAnswer) {
  auto json = read_json_events(R"({"_links":{"resync":{"href":"/e?ack=4"}}})");
  auto xml = read_xml_events(std::string("<events") + kNamespace +
                             R"(><link rel="resync" href="/e?ack=4"/></events>)");
  for (const auto* read : {&json, &xml}) {
    ASSERT_TRUE(read->value);
    EXPECT_TRUE(read->defects.empty()) << joined(read->defects);
    EXPECT_EQ(read->value->resync, "/e?ack=4");
    EXPECT_FALSE(read->value->self || read->value->next);
  }
}

TEST(EventsReader, XmlTakesTheSelfLinkFromALinkElementToo) {
  auto read = read_xml_events(std::string("<events") + kNamespace +
                              R"(><link rel="self" href="/e?ack=1"/>)"
                              R"(<link rel="next" href="/e?ack=2"/></events>)");
  ASSERT_TRUE(read.value);
  EXPECT_TRUE(read.defects.empty()) << joined(read.defects);
  EXPECT_EQ(read.value->self, "/e?ack=1");
}

TEST(EventsReader, XmlStatusMayBeAPropertyChild) {
  auto read = read_xml_events(std::string(R"(<events href="/e")") + kNamespace +
                              R"(><sender rel="c" href="/c">)"
                              R"(<completed rel="o" href="/o"><property name="status">Success)"
                              R"(</property></completed>)"
                              R"(<completed rel="o" href="/o" status="Failure">)"
                              R"(<property name="status">Success</property></completed>)"
                              R"(</sender></events>)");
  ASSERT_TRUE(read.value);
  EXPECT_TRUE(read.defects.empty()) << joined(read.defects);
  const auto& events = read.value->senders.at(0).events;
  EXPECT_EQ(events.at(0).status, "Success");
  EXPECT_EQ(events.at(1).status, "Failure");  // the attribute, when both are there
}

TEST(EventsReader, AnEmptyAnswerHasNoSenders) {
  auto read =
      read_json_events(R"({"_links":{"self":{"href":"/e?ack=2"},"next":{"href":"/e?ack=3"}}})");
  ASSERT_TRUE(read.value);
  EXPECT_TRUE(read.defects.empty()) << joined(read.defects);
  EXPECT_TRUE(read.value->senders.empty());
}

TEST(EventsReader, TypesAreKeptAsSent) {
  auto json =
      read_json_events(R"({"_links":{"self":{"href":"/e"}},"sender":[{"rel":"c","href":"/c",)"
                       R"("events":[{"type":"renamed","link":{"rel":"c","href":"/c"}}]}]})");
  auto xml = read_xml_events(std::string(R"(<events href="/e")") + kNamespace +
                             R"(><sender rel="c" href="/c"><renamed rel="c" href="/c"/>)"
                             R"(</sender></events>)");
  for (const auto* read : {&json, &xml}) {
    ASSERT_TRUE(read->value);
    EXPECT_TRUE(read->defects.empty());
    EXPECT_EQ(read->value->senders.at(0).events.at(0).type, "renamed");
  }
}

TEST(EventsReader, UnknownMembersAreIgnored) {
  auto json = read_json_events(
      R"({"_links":{"self":{"href":"/e","etag":"1"},"next":{"href":"/n"},"other":7},"x":[1],)"
      R"("sender":[{"rel":"c","href":"/c","priority":"High","events":[{"type":"updated",)"
      R"("link":{"rel":"c","href":"/c","revision":"2"},"extra":{"a":[]},"_links":3}]}]})");
  auto xml = read_xml_events(
      std::string(R"(<events href="/e" x="1")") + kNamespace +
      R"(><link rel="next" href="/n" etag="1"/><link rel="other" href="/o"/><note>hi</note>)"
      R"(<sender rel="c" href="/c" priority="High"><updated rel="c" href="/c" revision="2">)"
      R"(<extra><a/></extra><property name="other">v</property></updated></sender></events>)");
  for (const auto* read : {&json, &xml}) {
    ASSERT_TRUE(read->value);
    EXPECT_TRUE(read->defects.empty()) << joined(read->defects);
    EXPECT_EQ(read->value->next, "/n");
    const model::Event& event = read->value->senders.at(0).events.at(0);
    EXPECT_EQ(describe(event.link), "c /c");
    EXPECT_FALSE(event.status);
  }
  EXPECT_EQ(joined(differences(*json.value, *xml.value)), "");
}

TEST(EventsReader, APrefixedUcwaNamespaceReads) {
  auto read = read_xml_events(
      R"(<u:events xmlns:u="http://schemas.microsoft.com/rtc/2012/03/ucwa" href="/e">)"
      R"(<u:sender rel="c" href="/c"><u:updated rel="c" href="/c"/></u:sender></u:events>)");
  ASSERT_TRUE(read.value);
  EXPECT_TRUE(read.defects.empty()) << joined(read.defects);
  EXPECT_EQ(read.value->senders.at(0).events.at(0).type, "updated");
}

TEST(EventsReader, NotJsonOrNotXmlIsAnErrorAtItsByte) {
  for (const char* body : {R"({"_links":)", "", "<events>", "\xff"}) {
    auto json = read_json_events(body);
    ASSERT_FALSE(json.value) << body;
    EXPECT_EQ(json.error->location.rfind("byte ", 0), 0u) << json.error->location;
  }
  for (const char* body : {R"({"_links":{}})", "", "<events><sender></events>", "<a"}) {
    auto xml = read_xml_events(body);
    ASSERT_FALSE(xml.value) << body;
    EXPECT_EQ(xml.error->location.rfind("byte ", 0), 0u) << xml.error->location;
  }
}

TEST(EventsReader, AnotherRootIsAnErrorAtTheRoot) {
  auto json = read_json_events(R"([{"_links":{}}])");
  ASSERT_FALSE(json.value);
  EXPECT_EQ(json.error->location, "");
  EXPECT_NE(json.error->message.find("object"), std::string::npos);
  auto xml =
      read_xml_events(std::string(R"(<resource rel="events" href="/e")") + kNamespace + "/>");
  ASSERT_FALSE(xml.value);
  EXPECT_EQ(xml.error->location, "/resource[@rel='events']");
  EXPECT_NE(xml.error->message.find("<events>"), std::string::npos);
}

}  // namespace
