// The 201 audioVideoInvitation in JSON: every property, link and embedded resource.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace ucwa::reference::testing {
namespace {

using nlohmann::ordered_json;

const std::vector<std::string> kInvitationLinks{"self",
                                                "customContent",
                                                "mediaOffer",
                                                "from",
                                                "acceptedByContact",
                                                "acceptWithAnswer",
                                                "acceptWithPhoneAudio",
                                                "audioVideo",
                                                "cancel",
                                                "conversation",
                                                "decline",
                                                "delegator",
                                                "derivedAudioVideo",
                                                "derivedConversation",
                                                "forwardedBy",
                                                "onBehalfOf",
                                                "replacesAudioVideo",
                                                "reportMediaDiagnostics",
                                                "sendProvisionalAnswer",
                                                "to",
                                                "transferredBy"};

const std::vector<std::string> kParticipantLinks{"self",
                                                 "admit",
                                                 "contact",
                                                 "contactPhoto",
                                                 "contactPresence",
                                                 "conversation",
                                                 "demote",
                                                 "eject",
                                                 "me",
                                                 "participantApplicationSharing",
                                                 "participantAudio",
                                                 "participantDataCollaboration",
                                                 "participantMessaging",
                                                 "participantPanoramicVideo",
                                                 "participantVideo",
                                                 "promote",
                                                 "reject"};

class InvitationJson : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    hrefs_ = create_conversation();
  }

  ordered_json escalate_json(std::string_view operation_id = "74cb7404e0a247d5a2d4eb0376a47dbf",
                             std::string_view session_context = "8efd502350ff419cb615018ae561f97e",
                             const std::string& offer = audio_video_offer()) {
    const auto result =
        escalate(hrefs_.escalate, operation_id, session_context, "application/json", offer);
    EXPECT_TRUE(result);
    if (!result) return {};
    EXPECT_EQ(result->status, 201) << result->body;
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8");
    return ordered_json::parse(result->body, nullptr, false);
  }

  static void expect_participant(const ordered_json& participant, bool local) {
    ASSERT_TRUE(participant.is_object());
    EXPECT_EQ(participant["rel"], "participant");
    EXPECT_EQ(participant["anonymous"], false);
    EXPECT_EQ(participant["inLobby"], false);
    EXPECT_EQ(participant["local"], local);
    EXPECT_TRUE(participant["name"].is_string());
    EXPECT_TRUE(participant["organizer"].is_boolean());
    EXPECT_EQ(participant["otherPhoneNumber"].get<std::string>().rfind("tel:+", 0), 0u);
    EXPECT_EQ(participant["role"], "Leader");
    EXPECT_EQ(participant["sourceNetwork"], "SameEnterprise");
    EXPECT_EQ(participant["uri"].get<std::string>().rfind("sip:", 0), 0u);
    EXPECT_EQ(participant["workPhoneNumber"].get<std::string>().rfind("tel:+", 0), 0u);
    for (const auto& rel : kParticipantLinks) {
      ASSERT_TRUE(participant["_links"].contains(rel)) << rel;
      EXPECT_TRUE(participant["_links"][rel].is_object()) << rel;
      EXPECT_TRUE(participant["_links"][rel]["href"].is_string()) << rel;
    }
  }

  ConversationHrefs hrefs_;
};

TEST_F(InvitationJson, HasEveryPropertyWithItsType) {
  const auto invitation = escalate_json();
  ASSERT_TRUE(invitation.is_object());
  EXPECT_EQ(invitation.begin().key(), "rel");
  EXPECT_EQ(invitation["rel"], "audioVideoInvitation");
  for (const auto* name : {"address", "bandwidthControlId", "building", "city", "country",
                           "locationState", "subject", "threadId", "zip"}) {
    ASSERT_TRUE(invitation.contains(name)) << name;
    EXPECT_TRUE(invitation[name].is_string()) << name;
  }
  EXPECT_EQ(invitation["delegator"].get<std::string>().rfind("sip:", 0), 0u);
  EXPECT_EQ(invitation["to"].get<std::string>().rfind("sip:", 0), 0u);
  EXPECT_EQ(invitation["direction"], "Outgoing");
  EXPECT_EQ(invitation["importance"], "Normal");
  EXPECT_EQ(invitation["joinAudioMuted"], false);
  EXPECT_EQ(invitation["joinVideoMuted"], false);
  EXPECT_EQ(invitation["privateLine"], false);
  EXPECT_EQ(invitation["state"], "Connecting");
  EXPECT_EQ(invitation["operationId"], "74cb7404e0a247d5a2d4eb0376a47dbf");
  EXPECT_EQ(invitation["sessionContext"], "8efd502350ff419cb615018ae561f97e");
}

TEST_F(InvitationJson, HasEveryLinkAsASingleObject) {
  const auto invitation = escalate_json();
  const auto& links = invitation["_links"];
  ASSERT_TRUE(links.is_object());
  EXPECT_EQ(links.begin().key(), "self");
  for (const auto& rel : kInvitationLinks) {
    ASSERT_TRUE(links.contains(rel)) << rel;
    ASSERT_TRUE(links[rel].is_object()) << rel;
    EXPECT_TRUE(links[rel]["href"].is_string()) << rel;
  }
  EXPECT_TRUE(links["to"]["title"].is_string());
  EXPECT_TRUE(links["from"]["title"].is_string());
  EXPECT_EQ(links["conversation"]["href"], hrefs_.conversation);
  EXPECT_EQ(links["audioVideo"]["href"], hrefs_.audio_video);
  EXPECT_EQ(links["customContent"]["href"],
            "data:text/plain;charset=utf-8,Escalated%20by%20the%20reference%20server");
}

TEST_F(InvitationJson, MediaOfferIsTheSentSdp) {
  const auto invitation = escalate_json();
  const auto href = invitation["_links"]["mediaOffer"]["href"].get<std::string>();
  const std::string prefix = "data:application/sdp;base64,";
  ASSERT_EQ(href.rfind(prefix, 0), 0u) << href;
  EXPECT_EQ(base64_decode(href.substr(prefix.size())), audio_video_offer());
}

TEST_F(InvitationJson, MediaOfferKeepsLfLineEnds) {
  const std::string offer =
      "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=x\nt=0 0\nm=audio 1 RTP/AVP 0\nm=video 2 RTP/AVP 96";
  const auto invitation = escalate_json("a", "b", offer);
  const auto href = invitation["_links"]["mediaOffer"]["href"].get<std::string>();
  EXPECT_EQ(base64_decode(href.substr(href.find(',') + 1)), offer);
}

TEST_F(InvitationJson, EmbeddedShapes) {
  const auto invitation = escalate_json();
  const auto& embedded = invitation["_embedded"];
  ASSERT_TRUE(embedded["acceptedByParticipant"].is_array());
  ASSERT_EQ(embedded["acceptedByParticipant"].size(), 1u);
  expect_participant(embedded["acceptedByParticipant"][0], false);
  expect_participant(embedded["from"], true);

  ASSERT_TRUE(embedded["startEmergencyCallInput"].is_array());
  ASSERT_EQ(embedded["startEmergencyCallInput"].size(), 1u);
  const auto& emergency = embedded["startEmergencyCallInput"][0];
  EXPECT_EQ(emergency["rel"], "startEmergencyCallParameters");
  EXPECT_EQ(emergency.size(), 2u);  // rel and _links
  EXPECT_EQ(emergency["_links"].size(), 1u);
  EXPECT_TRUE(emergency["_links"]["self"]["href"].get<std::string>().ends_with(
      "/startEmergencyCallParameters"));
}

TEST_F(InvitationJson, FromLinkIsTheEmbeddedFromParticipant) {
  const auto invitation = escalate_json();
  EXPECT_EQ(invitation["_links"]["from"]["href"],
            invitation["_embedded"]["from"]["_links"]["self"]["href"]);
  EXPECT_EQ(invitation["_links"]["from"]["title"], invitation["_embedded"]["from"]["name"]);
}

TEST_F(InvitationJson, EmbeddedParticipantsAnswerGet) {
  const auto invitation = escalate_json();
  for (const auto& participant :
       {invitation["_embedded"]["from"], invitation["_embedded"]["acceptedByParticipant"][0]}) {
    const auto href = participant["_links"]["self"]["href"].get<std::string>();
    const auto result = client().Get(href, headers("application/json"));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200) << href;
    const auto got = ordered_json::parse(result->body);
    EXPECT_EQ(got["rel"], "participant");
    EXPECT_EQ(got["uri"], participant["uri"]);
  }
}

TEST_F(InvitationJson, GetOfSelfAnswersTheSameInvitation) {
  const auto invitation = escalate_json();
  const auto result = client().Get(invitation["_links"]["self"]["href"].get<std::string>(),
                                   headers("application/json"));
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(ordered_json::parse(result->body), invitation);
}

TEST_F(InvitationJson, EchoesPercentEncodedValues) {
  const std::string operation_id = "a b&c=d+e%f/g?h#i";
  const std::string session_context = "<tag attr=\"x\">'&amp;'</tag>";
  const auto invitation = escalate_json(operation_id, session_context);
  EXPECT_EQ(invitation["operationId"], operation_id);
  EXPECT_EQ(invitation["sessionContext"], session_context);
}

TEST_F(InvitationJson, EchoesMultibyteValues) {
  const std::string operation_id = "Grüße-日本語-😀";
  std::string accented;
  for (int i = 0; i < 50; ++i) accented += "\xC3\xA9";
  const auto invitation = escalate_json(operation_id, accented);
  EXPECT_EQ(invitation["operationId"], operation_id);
  EXPECT_EQ(invitation["sessionContext"], accented);
}

TEST_F(InvitationJson, PlusInTheQueryIsASpace) {
  client().set_url_encode(false);
  const auto result = escalate_raw(hrefs_.escalate, "operationId=a+b&sessionContext=c%2Bd");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 201) << result->body;
  const auto invitation = ordered_json::parse(result->body);
  EXPECT_EQ(invitation["operationId"], "a b");
  EXPECT_EQ(invitation["sessionContext"], "c+d");
}

TEST_F(InvitationJson, ServerSuppliedQueryParametersAreIgnored) {
  const auto result = escalate_raw(hrefs_.escalate, "extra=1&operationId=op&sessionContext=ctx");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201) << result->body;
}

TEST_F(InvitationJson, VendorMediaType) {
  const auto result =
      escalate(hrefs_.escalate, "a", "b", "application/vnd.microsoft.com.ucwa+json");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201);
  EXPECT_EQ(result->get_header_value("Content-Type"),
            "application/vnd.microsoft.com.ucwa+json; charset=utf-8");
  EXPECT_EQ(ordered_json::parse(result->body)["rel"], "audioVideoInvitation");
}

TEST_F(InvitationJson, NoAcceptMeansJson) {
  const auto result = client().Post(hrefs_.escalate + "?operationId=a&sessionContext=b", headers(),
                                    audio_video_offer(), "application/sdp");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201);
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8");
}

}  // namespace
}  // namespace ucwa::reference::testing
