// Each shape problem of an event batch is a defect at its place, in JSON and in XML, and the rest
// of the batch is still read: the next link and a second, intact sender.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "representation/events_reader.hpp"

namespace {

using namespace ucwa;

struct Case {
  std::string name;
  std::string body;
  std::vector<std::string> locations;  // of the defects, in the order listed
  bool links_read = true;              // the next link is still read
  bool senders_read = true;            // the intact sender is still read
};

std::ostream& operator<<(std::ostream& out, const Case& c) {
  return out << c.name;
}

// A batch whose first sender is `first_sender`, followed by an intact one.
std::string json_batch(const std::string& first_sender,
                       const std::string& links = R"("self":{"href":"/e?ack=1"},)"
                                                  R"("next":{"href":"/e?ack=2"})") {
  return R"({"_links":{)" + links + R"(},"sender":[)" + first_sender +
         R"(,{"rel":"me","href":"/me","events":[{"type":"updated","link":{"rel":"me",)"
         R"("href":"/me"}}]}]})";
}
std::string json_sender(const std::string& event) {
  return R"({"rel":"c","href":"/c","events":[)" + event + "]}";
}
// An event with `extra` members after its type and link.
std::string json_event(const std::string& extra) {
  return R"({"type":"updated","link":{"rel":"c","href":"/c"})" + extra + "}";
}
const std::string good_json_sender = json_sender(json_event(""));

std::vector<Case> json_cases() {
  return {
      {"SelfMissing",
       json_batch(good_json_sender, R"("next":{"href":"/e?ack=2"})"),
       {"/_links/self"}},
      {"SelfNotALink",
       json_batch(good_json_sender, R"("self":"/e","next":{"href":"/e?ack=2"})"),
       {"/_links/self"}},
      {"SelfHrefNotAString",
       json_batch(good_json_sender, R"("self":{"href":7},"next":{"href":"/e?ack=2"})"),
       {"/_links/self/href"}},
      {"NextHrefMissing",
       json_batch(good_json_sender, R"("self":{"href":"/e"},"next":{})"),
       {"/_links/next/href"},
       false},
      {"LinksMissing",
       R"({"sender":[{"rel":"me","href":"/me","events":[{"type":"updated","link":{"rel":"me",)"
       R"("href":"/me"}}]}]})",
       {"/_links"},
       false},
      {"LinksNotAnObject",
       R"({"_links":[],"sender":[{"rel":"me","href":"/me","events":[{"type":"updated",)"
       R"("link":{"rel":"me","href":"/me"}}]}]})",
       {"/_links"},
       false},
      {"SenderNotAnArray",
       R"({"_links":{"self":{"href":"/e?ack=1"},"next":{"href":"/e?ack=2"}},"sender":{}})",
       {"/sender"},
       true,
       false},
      {"SenderNotAnObject", json_batch("3"), {"/sender/0"}},
      {"SenderRelMissing",
       json_batch(R"({"href":"/c","events":[)" + json_event("") + "]}"),
       {"/sender/0/rel"}},
      {"SenderHrefNotAString",
       json_batch(R"({"rel":"c","href":["/c"],"events":[)" + json_event("") + "]}"),
       {"/sender/0/href"}},
      {"SenderEventsMissing", json_batch(R"({"rel":"c","href":"/c"})"), {"/sender/0/events"}},
      {"SenderEventsNotAnArray",
       json_batch(R"({"rel":"c","href":"/c","events":{}})"),
       {"/sender/0/events"}},
      {"SenderEventsEmpty",
       json_batch(R"({"rel":"c","href":"/c","events":[]})"),
       {"/sender/0/events"}},
      {"EventNotAnObject", json_batch(json_sender("[]")), {"/sender/0/events/0"}},
      {"EventTypeMissing",
       json_batch(json_sender(R"({"link":{"rel":"c","href":"/c"}})")),
       {"/sender/0/events/0/type"}},
      {"EventTypeNotAString",
       json_batch(json_sender(R"({"type":1,"link":{"rel":"c","href":"/c"}})")),
       {"/sender/0/events/0/type"}},
      {"EventLinkMissing",
       json_batch(json_sender(R"({"type":"added"})")),
       {"/sender/0/events/0/link"}},
      {"EventLinkNotAnObject",
       json_batch(json_sender(R"({"type":"added","link":"/c"})")),
       {"/sender/0/events/0/link"}},
      {"EventLinkHrefMissing",
       json_batch(json_sender(R"({"type":"added","link":{"rel":"c"}})")),
       {"/sender/0/events/0/link/href"}},
      {"EventLinkRelNotAString",
       json_batch(json_sender(R"({"type":"added","link":{"rel":2,"href":"/c"}})")),
       {"/sender/0/events/0/link/rel"}},
      {"EventLinkTitleNotAString",
       json_batch(json_sender(R"({"type":"added","link":{"rel":"c","href":"/c","title":0}})")),
       {"/sender/0/events/0/link/title"}},
      {"InRelMissing",
       json_batch(json_sender(json_event(R"(,"in":{"href":"/cs"})"))),
       {"/sender/0/events/0/in/rel"}},
      {"InNotAnObject",
       json_batch(json_sender(json_event(R"(,"in":null)"))),
       {"/sender/0/events/0/in"}},
      {"StatusNotAString",
       json_batch(json_sender(json_event(R"(,"status":true)"))),
       {"/sender/0/events/0/status"}},
      {"ReasonNotAnObject",
       json_batch(json_sender(json_event(R"(,"reason":"Failed")"))),
       {"/sender/0/events/0/reason"}},
      {"ReasonCodeNotAString",
       json_batch(json_sender(json_event(R"(,"reason":{"code":5})"))),
       {"/sender/0/events/0/reason/code"}},
      {"ReasonDebugInfoNotABag",
       json_batch(json_sender(json_event(R"(,"reason":{"code":"c","debugInfo":[]})"))),
       {"/sender/0/events/0/reason/debugInfo"}},
      {"EmbeddedNotAnObject",
       json_batch(json_sender(json_event(R"(,"_embedded":[])"))),
       {"/sender/0/events/0/_embedded"}},
      {"EmbeddedResourceNotAnObject",
       json_batch(json_sender(json_event(R"(,"_embedded":{"c":"x"})"))),
       {"/sender/0/events/0/_embedded/c"}},
      {"EmbeddedResourceSelfNotALink",
       json_batch(json_sender(json_event(R"(,"_embedded":{"c":{"_links":{"self":{"href":1}}}})"))),
       {"/sender/0/events/0/_embedded/c/_links/self/href"}},
      {"SeveralAtOnce",
       json_batch(json_sender(R"({"type":7},{"link":{"rel":"c","href":"/c"}})"),
                  R"("next":{"href":"/e?ack=2"})"),
       {"/_links/self", "/sender/0/events/0/type", "/sender/0/events/0/link",
        "/sender/0/events/1/type"}},
  };
}

constexpr const char* kRoot =
    R"(<events href="/e?ack=1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)";

// A batch: root start tag, then a next link and the first sender, then an intact sender.
std::string xml_batch(const std::string& first_sender, const std::string& root = kRoot,
                      const std::string& links = R"(<link rel="next" href="/e?ack=2"/>)") {
  return root + links + first_sender +
         R"(<sender rel="me" href="/me"><updated rel="me" href="/me"/></sender></events>)";
}
std::string xml_sender(const std::string& events) {
  return R"(<sender rel="c" href="/c">)" + events + "</sender>";
}
std::string xml_event(const std::string& children) {
  return R"(<updated rel="c" href="/c">)" + children + "</updated>";
}
const std::string good_xml_sender = xml_sender(xml_event(""));

std::vector<Case> xml_cases() {
  return {
      {"HrefMissing",
       xml_batch(good_xml_sender,
                 R"(<events xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)"),
       {"/events/@href"}},
      {"NoNamespace", xml_batch(good_xml_sender, R"(<events href="/e?ack=1">)"), {"/events"}},
      {"AnotherNamespace",
       xml_batch(good_xml_sender, R"(<events href="/e" xmlns="urn:x">)"),
       {"/events"}},
      {"SenderLeavesTheNamespace",
       xml_batch(R"(<sender xmlns="" rel="c" href="/c">)" + xml_event("") + "</sender>"),
       {"/events/sender[1]"}},
      {"NextHrefMissing",
       xml_batch(good_xml_sender, kRoot, R"(<link rel="next"/>)"),
       {"/events/link[1]/@href"},
       false},
      {"LinkRelMissing",
       xml_batch(good_xml_sender, kRoot, R"(<link href="/e?ack=2"/>)"),
       {"/events/link[1]/@rel"},
       false},
      {"SenderRelMissing",
       xml_batch(R"(<sender href="/c">)" + xml_event("") + "</sender>"),
       {"/events/sender[1]/@rel"}},
      {"SenderHrefMissing",
       xml_batch(R"(<sender rel="c">)" + xml_event("") + "</sender>"),
       {"/events/sender[1]/@href"}},
      {"SenderWithoutEvents",
       xml_batch(R"(<sender rel="c" href="/c"> </sender>)"),
       {"/events/sender[1]"}},
      {"EventRelMissing",
       xml_batch(xml_sender(R"(<added href="/c"/>)")),
       {"/events/sender[1]/added[1]/@rel"}},
      {"EventHrefMissing",
       xml_batch(xml_sender(R"(<added rel="c"/><added rel="c"/>)")),
       {"/events/sender[1]/added[1]/@href", "/events/sender[1]/added[2]/@href"}},
      {"EventLinkMissing",
       xml_batch(xml_sender("<added/>")),
       {"/events/sender[1]/added[1]/@rel", "/events/sender[1]/added[1]/@href"}},
      {"EventLeavesTheNamespace",
       xml_batch(xml_sender(R"(<x:added xmlns:x="urn:x" rel="c" )"
                            R"(href="/c"/>)")),
       {"/events/sender[1]/added[1]"}},
      {"InRelMissing",
       xml_batch(xml_sender(xml_event(R"(<in href="/cs"/>)"))),
       {"/events/sender[1]/updated[1]/in[1]/@rel"}},
      {"EmbeddedResourceRelMissing",
       xml_batch(xml_sender(xml_event(R"(<resource href="/c"/>)"))),
       {"/events/sender[1]/updated[1]/resource[1]/@rel"}},
      {"EmbeddedResourceLinkRelMissing",
       xml_batch(xml_sender(xml_event(R"(<resource rel="c" href="/c"><link href="/x"/>)"
                                      R"(</resource>)"))),
       {"/events/sender[1]/updated[1]/resource[1]/link"}},
      {"EmbeddedResourceInAnotherNamespace",
       xml_batch(xml_sender(xml_event(R"(<resource xmlns="urn:x" rel="c" href="/c"/>)"))),
       {"/events/sender[1]/updated[1]/resource[1]"}},
      {"ReasonBagItemWithoutName",
       xml_batch(xml_sender(xml_event("<reason><code>c</code><parameters><property>v"
                                      "</property></parameters></reason>"))),
       {"/events/sender[1]/updated[1]/reason[1]/parameters/property"}},
      {"ReasonLeavesTheNamespace",
       xml_batch(xml_sender(xml_event(R"(<reason xmlns=""><code>c</code></reason>)"))),
       {"/events/sender[1]/updated[1]/reason[1]"}},
  };
}

std::string describe(const std::vector<model::ParseError>& defects) {
  std::string out;
  for (const auto& defect : defects) out += defect.describe() + "\n";
  return out;
}

void expect_case(const Case& c, const model::Read<model::EventsBatch>& read) {
  ASSERT_TRUE(read.value) << read.error->describe();
  std::vector<std::string> locations;
  for (const auto& defect : read.defects) {
    locations.push_back(defect.location);
    EXPECT_FALSE(defect.message.empty());
  }
  EXPECT_EQ(locations, c.locations) << describe(read.defects);
  if (c.links_read) {
    EXPECT_EQ(read.value->next, "/e?ack=2");
  }
  if (c.senders_read) {
    ASSERT_FALSE(read.value->senders.empty());
    const model::Sender& intact = read.value->senders.back();
    EXPECT_EQ(intact.href, "/me");
    ASSERT_EQ(intact.events.size(), 1u);
    EXPECT_EQ(intact.events[0].type, "updated");
    EXPECT_EQ(intact.events[0].link->href, "/me");
  }
}

class JsonEventsDefect : public ::testing::TestWithParam<Case> {};
class XmlEventsDefect : public ::testing::TestWithParam<Case> {};

TEST_P(JsonEventsDefect, IsLocatedAndTheRestRead) {
  expect_case(GetParam(), representation::read_json_events(GetParam().body));
}

TEST_P(XmlEventsDefect, IsLocatedAndTheRestRead) {
  expect_case(GetParam(), representation::read_xml_events(GetParam().body));
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Events, JsonEventsDefect, ::testing::ValuesIn(json_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(Events, XmlEventsDefect, ::testing::ValuesIn(xml_cases()), case_name);

// The cases' own baselines read without a defect, so each defect above comes from its break.
TEST(EventsDefect, TheIntactBatchesHaveNone) {
  auto json = representation::read_json_events(json_batch(good_json_sender));
  auto xml = representation::read_xml_events(xml_batch(good_xml_sender));
  ASSERT_TRUE(json.value && xml.value);
  EXPECT_TRUE(json.defects.empty()) << describe(json.defects);
  EXPECT_TRUE(xml.defects.empty()) << describe(xml.defects);
  EXPECT_EQ(json.value->senders.size(), 2u);
  EXPECT_EQ(xml.value->senders.size(), 2u);
}

// A sender or event with a defect is still read as far as it goes.
TEST(EventsDefect, APartlyBrokenEventKeepsWhatItHas) {
  auto json = representation::read_json_events(json_batch(json_sender(
      R"({"type":"completed","link":{"rel":"c"},"status":"Success","in":{"rel":"r","href":"/r"}})")));
  auto xml = representation::read_xml_events(
      xml_batch(xml_sender(R"(<completed rel="c" status="Success"><in rel="r" href="/r"/>)"
                           R"(</completed>)")));
  for (const auto* read : {&json, &xml}) {
    ASSERT_TRUE(read->value);
    EXPECT_EQ(read->defects.size(), 1u) << describe(read->defects);
    const model::Event& event = read->value->senders.at(0).events.at(0);
    EXPECT_EQ(event.type, "completed");
    EXPECT_FALSE(event.link);
    EXPECT_EQ(event.status, "Success");
    EXPECT_EQ(event.in->href, "/r");
  }
}

}  // namespace
