// The 201 audioVideoInvitation in XML, and its agreement with the JSON of the same invitation.

#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace ucwa::reference::testing {
namespace {

using nlohmann::json;

class InvitationXml : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    hrefs_ = create_conversation();
  }

  // Parses the body into document_ and returns its root element.
  pugi::xml_node parse(const std::string& body) {
    const auto loaded = document_.load_string(body.c_str());
    EXPECT_TRUE(loaded) << loaded.description() << "\n" << body;
    return document_.document_element();
  }

  pugi::xml_node escalate_xml(std::string_view operation_id = "op-1",
                              std::string_view session_context = "ctx-1",
                              std::string_view accept = "application/xml") {
    const auto result = escalate(hrefs_.escalate, operation_id, session_context, accept);
    EXPECT_TRUE(result);
    if (!result) return {};
    EXPECT_EQ(result->status, 201) << result->body;
    content_type_ = result->get_header_value("Content-Type");
    body_ = result->body;
    return parse(result->body);
  }

  static std::string property(pugi::xml_node resource, const char* name) {
    return resource.find_child_by_attribute("property", "name", name).child_value();
  }

  ConversationHrefs hrefs_;
  pugi::xml_document document_;
  std::string content_type_;
  std::string body_;
};

TEST_F(InvitationXml, RootIsAResourceInTheUcwaNamespace) {
  const auto root = escalate_xml();
  EXPECT_EQ(content_type_, "application/xml; charset=utf-8");
  EXPECT_EQ(body_.rfind(R"(<?xml version="1.0" encoding="utf-8"?>)", 0), 0u);
  EXPECT_STREQ(root.name(), "resource");
  EXPECT_EQ(std::string_view(root.attribute("xmlns").value()), kNamespace);
  EXPECT_STREQ(root.attribute("rel").value(), "audioVideoInvitation");
  EXPECT_NE(std::string(root.attribute("href").value()).find("/invitations/"), std::string::npos);
  EXPECT_FALSE(root.find_child_by_attribute("link", "rel", "self"));
}

TEST_F(InvitationXml, LinksThenPropertiesThenResources) {
  const auto root = escalate_xml();
  int stage = 0;  // 0 links, 1 properties, 2 resources
  for (const auto child : root.children()) {
    const std::string name = child.name();
    const int child_stage = name == "link"                                   ? 0
                            : (name == "property" || name == "propertyList") ? 1
                                                                             : 2;
    EXPECT_GE(child_stage, stage) << name << " after a later kind of element";
    stage = child_stage;
  }
  EXPECT_EQ(stage, 2);
}

TEST_F(InvitationXml, PropertiesAsInTheSample) {
  const auto root = escalate_xml();
  EXPECT_EQ(property(root, "rel"), "audioVideoInvitation");
  EXPECT_EQ(property(root, "direction"), "Outgoing");
  EXPECT_EQ(property(root, "state"), "Connecting");
  EXPECT_EQ(property(root, "joinAudioMuted"), "False");
  EXPECT_EQ(property(root, "joinVideoMuted"), "False");
  EXPECT_EQ(property(root, "privateLine"), "False");
  EXPECT_EQ(property(root, "operationId"), "op-1");
  EXPECT_EQ(property(root, "sessionContext"), "ctx-1");
  for (const auto* name :
       {"address", "bandwidthControlId", "building", "city", "country", "delegator", "importance",
        "locationState", "subject", "threadId", "to", "zip"}) {
    EXPECT_TRUE(root.find_child_by_attribute("property", "name", name)) << name;
  }
}

TEST_F(InvitationXml, EmbeddedResources) {
  const auto root = escalate_xml();
  std::map<std::string, int> count;
  for (const auto resource : root.children("resource")) ++count[resource.attribute("rel").value()];
  EXPECT_EQ(count, (std::map<std::string, int>{
                       {"acceptedByParticipant", 1}, {"from", 1}, {"startEmergencyCallInput", 1}}));

  const auto from = root.find_child_by_attribute("resource", "rel", "from");
  EXPECT_EQ(property(from, "rel"), "participant");
  EXPECT_EQ(property(from, "local"), "True");
  EXPECT_EQ(property(from, "anonymous"), "False");
  EXPECT_EQ(property(from, "role"), "Leader");
  EXPECT_STREQ(from.attribute("href").value(),
               root.find_child_by_attribute("link", "rel", "from").attribute("href").value());
  EXPECT_TRUE(from.find_child_by_attribute("link", "rel", "participantVideo"));

  const auto emergency = root.find_child_by_attribute("resource", "rel", "startEmergencyCallInput");
  EXPECT_EQ(property(emergency, "rel"), "startEmergencyCallParameters");
  EXPECT_FALSE(emergency.child("link"));
}

TEST_F(InvitationXml, EscapesMarkupInEchoedValues) {
  const std::string tricky = "<a href=\"x\">&amp;'\r\n\t</a>";
  const auto root = escalate_xml(tricky, "ctx");
  EXPECT_EQ(property(root, "operationId"), tricky);
}

TEST_F(InvitationXml, EchoesMultibyteValues) {
  std::string value;
  for (int i = 0; i < 50; ++i) value += "\xE6\x97\xA5";  // 日
  const auto root = escalate_xml(value, value);
  EXPECT_EQ(property(root, "operationId"), value);
  EXPECT_EQ(property(root, "sessionContext"), value);
}

TEST_F(InvitationXml, VendorMediaType) {
  const auto root = escalate_xml("a", "b", "application/vnd.microsoft.com.ucwa+xml");
  EXPECT_EQ(content_type_, "application/vnd.microsoft.com.ucwa+xml; charset=utf-8");
  EXPECT_STREQ(root.name(), "resource");
}

// The same invitation read in both formats has the same properties, links and embedded hrefs.
TEST_F(InvitationXml, AgreesWithTheJsonOfTheSameInvitation) {
  const auto created = escalate(hrefs_.escalate, "op", "ctx", "application/json");
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, 201);
  const auto as_json = json::parse(created->body);
  const auto self = as_json["_links"]["self"]["href"].get<std::string>();
  const auto got = client().Get(self, headers("application/xml"));
  ASSERT_TRUE(got);
  ASSERT_EQ(got->status, 200);
  const auto root = parse(got->body);
  EXPECT_EQ(self, root.attribute("href").value());

  std::map<std::string, std::string> json_properties;
  for (const auto& [name, value] : as_json.items()) {
    if (name == "_links" || name == "_embedded") continue;
    json_properties[name] =
        value.is_boolean() ? (value.get<bool>() ? "True" : "False") : value.get<std::string>();
  }
  std::map<std::string, std::string> xml_properties;
  for (const auto node : root.children("property"))
    xml_properties[node.attribute("name").value()] = node.child_value();
  EXPECT_EQ(json_properties, xml_properties);

  std::map<std::string, std::string> json_links;
  for (const auto& [rel, link] : as_json["_links"].items()) {
    if (rel != "self")
      json_links[rel] = link["href"].get<std::string>() + "|" + link.value("title", "");
  }
  std::map<std::string, std::string> xml_links;
  for (const auto node : root.children("link")) {
    xml_links[node.attribute("rel").value()] =
        std::string(node.attribute("href").value()) + "|" + node.attribute("title").value();
  }
  EXPECT_EQ(json_links, xml_links);

  std::set<std::string> json_embedded;
  for (const auto& [rel, value] : as_json["_embedded"].items()) {
    for (const auto& inner : value.is_array() ? value : json::array({value})) {
      json_embedded.insert(rel + "|" + inner["_links"]["self"]["href"].get<std::string>());
    }
  }
  std::set<std::string> xml_embedded;
  for (const auto node : root.children("resource")) {
    xml_embedded.insert(std::string(node.attribute("rel").value()) + "|" +
                        node.attribute("href").value());
  }
  EXPECT_EQ(json_embedded, xml_embedded);
}

}  // namespace
}  // namespace ucwa::reference::testing
