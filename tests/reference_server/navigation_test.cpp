// Following links from the conversation to escalateAudioVideo; the GET resources.

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <string>

#include "test_support.hpp"

namespace ucwa::reference::testing {
namespace {

using nlohmann::json;

class Navigation : public ServerTest {
 protected:
  json get_json(const std::string& href, int expected_status = 200) {
    const auto result = client().Get(href, headers("application/json"));
    EXPECT_TRUE(result);
    if (!result) return {};
    EXPECT_EQ(result->status, expected_status) << href << "\n" << result->body;
    return json::parse(result->body, nullptr, false);
  }
};

TEST_F(Navigation, WalksFromConversationToEscalateAudioVideo) {
  const auto hrefs = create_conversation();
  const auto conversation = get_json(hrefs.conversation);
  EXPECT_EQ(conversation["rel"], "conversation");
  EXPECT_EQ(conversation["_links"]["self"]["href"], hrefs.conversation);
  const auto audio_video_href = conversation["_links"]["audioVideo"]["href"].get<std::string>();
  EXPECT_EQ(audio_video_href, hrefs.audio_video);

  const auto audio_video = get_json(audio_video_href);
  EXPECT_EQ(audio_video["rel"], "audioVideo");
  EXPECT_EQ(audio_video["_links"]["self"]["href"], audio_video_href);
  EXPECT_EQ(audio_video["_links"]["conversation"]["href"], hrefs.conversation);
  EXPECT_EQ(audio_video["_links"]["escalateAudioVideo"]["href"], hrefs.escalate);
}

TEST_F(Navigation, ConversationProperties) {
  const auto conversation = get_json(create_conversation().conversation);
  EXPECT_EQ(conversation["state"], "Connected");
  EXPECT_EQ(conversation["importance"], "Normal");
  EXPECT_TRUE(conversation["subject"].is_string());
  EXPECT_TRUE(conversation["threadId"].is_string());
  EXPECT_EQ(conversation["activeModalities"], json::array({"Audio", "Video"}));
}

TEST_F(Navigation, AudioVideoProperties) {
  const auto audio_video = get_json(create_conversation().audio_video);
  EXPECT_EQ(audio_video["state"], "Connected");
  EXPECT_EQ(audio_video["videoSourcesAllowed"], "Everyone");
  EXPECT_EQ(audio_video["supportsReplaces"], "None");
}

TEST_F(Navigation, EscalateLinkDisappearsAfterEscalation) {
  const auto hrefs = create_conversation();
  ASSERT_EQ(escalate(hrefs.escalate, "a", "b")->status, 201);
  const auto audio_video = get_json(hrefs.audio_video);
  EXPECT_FALSE(audio_video["_links"].contains("escalateAudioVideo"));
  EXPECT_TRUE(audio_video["_links"].contains("conversation"));
}

TEST_F(Navigation, ParticipantsAnswerGet) {
  const auto hrefs = create_conversation();
  const auto conversation = get_json(hrefs.conversation);
  const auto participants = get_json(conversation["_links"]["participants"]["href"]);
  EXPECT_EQ(participants["rel"], "participants");
  ASSERT_TRUE(participants["_links"]["participant"].is_array());
  ASSERT_EQ(participants["_links"]["participant"].size(), 2u);
  for (const auto& link : participants["_links"]["participant"]) {
    const auto participant = get_json(link["href"]);
    EXPECT_EQ(participant["rel"], "participant");
    EXPECT_EQ(participant["_links"]["self"]["href"], link["href"]);
    EXPECT_EQ(participant["name"], link["title"]);
  }
  const auto local = get_json(conversation["_links"]["localParticipant"]["href"]);
  EXPECT_EQ(local["local"], true);
}

TEST_F(Navigation, ConversationInXml) {
  const auto hrefs = create_conversation();
  const auto result = client().Get(hrefs.conversation, headers("application/xml"));
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/xml; charset=utf-8");
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(result->body.c_str()));
  const auto root = document.document_element();
  EXPECT_STREQ(root.name(), "resource");
  EXPECT_STREQ(root.attribute("rel").value(), "conversation");
  EXPECT_EQ(hrefs.conversation, root.attribute("href").value());
  EXPECT_EQ(std::string_view(root.attribute("xmlns").value()), kNamespace);
  const auto modalities = root.find_child_by_attribute("propertyList", "name", "activeModalities");
  ASSERT_TRUE(modalities);
  std::vector<std::string> items;
  for (const auto item : modalities.children("item")) items.emplace_back(item.child_value());
  EXPECT_EQ(items, (std::vector<std::string>{"Audio", "Video"}));
  EXPECT_EQ(hrefs.audio_video,
            root.find_child_by_attribute("link", "rel", "audioVideo").attribute("href").value());
  EXPECT_FALSE(root.find_child_by_attribute("link", "rel", "self"));
}

TEST_F(Navigation, UnknownPathsGet404NotFound) {
  const auto hrefs = create_conversation();
  for (const auto& href :
       {std::string("/ucwa/oauth/v1/applications/101/communication/conversations/999999"),
        hrefs.conversation + "/messaging", hrefs.conversation + "/", std::string("/nowhere"),
        std::string("/ucwa/oauth/v1/applications/101/communication/invitations/77"),
        hrefs.conversation + "/participants/999", std::string(3000, 'a')}) {
    const auto result =
        client().Get("/" + href.substr(href.front() == '/' ? 1 : 0), headers("application/json"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 404) << href;
    EXPECT_EQ(read_error(result->body, false).code, "NotFound");
  }
  const auto xml = client().Get("/nowhere", headers("application/xml"));
  ASSERT_TRUE(xml);
  EXPECT_EQ(read_error(xml->body, true).code, "NotFound");
}

TEST_F(Navigation, ResourcesAreReadOnly) {
  const auto hrefs = create_conversation();
  const auto result =
      client().Post(hrefs.conversation, headers("application/json"), "{}", "application/json");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 405);
  EXPECT_EQ(result->get_header_value("Allow"), "GET");
  EXPECT_EQ(read_error(result->body, false).code, "MethodNotAllowed");
}

TEST_F(Navigation, GetHonoursAccept) {
  const auto hrefs = create_conversation();
  const auto refused = client().Get(hrefs.conversation, headers("text/html"));
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 406);
  EXPECT_EQ(read_error(refused->body, false).code, "NotAcceptable");
  const auto vnd =
      client().Get(hrefs.conversation, headers("application/vnd.microsoft.com.ucwa+json"));
  ASSERT_TRUE(vnd);
  EXPECT_EQ(vnd->get_header_value("Content-Type"),
            "application/vnd.microsoft.com.ucwa+json; charset=utf-8");
}

}  // namespace
}  // namespace ucwa::reference::testing
