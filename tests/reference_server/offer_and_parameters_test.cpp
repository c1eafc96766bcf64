// The SDP offer check, UTF-8 decoding and the query parameters of escalateAudioVideo.

#include <gtest/gtest.h>

#include <string>

#include "reference_server/data_uri.hpp"
#include "reference_server/escalation_parameters.hpp"
#include "reference_server/hrefs.hpp"
#include "reference_server/query.hpp"
#include "reference_server/sdp_offer_check.hpp"
#include "reference_server/utf8.hpp"

namespace ucwa::reference {
namespace {

const std::string kOffer =
    "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
    "m=audio 5004 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
    "m=video 5006/2 RTP/SAVPF 96\r\na=rtpmap:96 H264/90000\r\n";

TEST(SdpOfferCheck, AcceptsAudioAndVideo) {
  EXPECT_EQ(sdp_offer_problem(kOffer), std::nullopt);
  std::string lf = kOffer;
  for (auto at = lf.find("\r\n"); at != std::string::npos; at = lf.find("\r\n")) lf.erase(at, 1);
  EXPECT_EQ(sdp_offer_problem(lf), std::nullopt);
  EXPECT_EQ(sdp_offer_problem(kOffer + "\r\n"), std::nullopt);
  EXPECT_EQ(sdp_offer_problem(kOffer.substr(0, kOffer.size() - 2)), std::nullopt);
}

TEST(SdpOfferCheck, NamesWhatIsMissing) {
  EXPECT_NE(sdp_offer_problem(""), std::nullopt);
  const auto no_video =
      sdp_offer_problem("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\n");
  ASSERT_TRUE(no_video);
  EXPECT_NE(no_video->find("m=video"), std::string::npos);
  const auto no_audio =
      sdp_offer_problem("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=video 1 RTP/AVP 9\r\n");
  ASSERT_TRUE(no_audio);
  EXPECT_NE(no_audio->find("m=audio"), std::string::npos);
}

TEST(SdpOfferCheck, RefusesMalformedLines) {
  const auto without = [](std::string_view line) {
    std::string offer = kOffer;
    offer.erase(offer.find(line), line.size());
    return offer;
  };
  EXPECT_NE(sdp_offer_problem(without("v=0\r\n")), std::nullopt);
  EXPECT_NE(sdp_offer_problem(without("o=- 1 1 IN IP4 192.0.2.1\r\n")), std::nullopt);
  EXPECT_NE(sdp_offer_problem(without("s=-\r\n")), std::nullopt);
  EXPECT_NE(sdp_offer_problem(without("t=0 0\r\n")), std::nullopt);
  EXPECT_NE(sdp_offer_problem("v=1\r\n" + without("v=0\r\n")), std::nullopt);
  EXPECT_NE(sdp_offer_problem(kOffer + "t=0 0\r\n"), std::nullopt);    // session line in media
  EXPECT_NE(sdp_offer_problem(kOffer + "X=1\r\n"), std::nullopt);      // not a lower-case type
  EXPECT_NE(sdp_offer_problem(kOffer + "a\r\n"), std::nullopt);        // no '='
  EXPECT_NE(sdp_offer_problem(kOffer + "\r\na=x\r\n"), std::nullopt);  // blank line inside
  EXPECT_NE(sdp_offer_problem(kOffer + "m=video x RTP/AVP 1\r\n"), std::nullopt);
  EXPECT_NE(sdp_offer_problem(kOffer + "m=video 1 RTP/AVP\r\n"), std::nullopt);
  EXPECT_NE(sdp_offer_problem(kOffer + "m=video 70000 RTP/AVP 1\r\n"), std::nullopt);
  EXPECT_NE(sdp_offer_problem(kOffer + "a=x\x01y\r\n"), std::nullopt);
  EXPECT_NE(sdp_offer_problem(std::string("v=0\0", 4)), std::nullopt);
}

TEST(SdpOfferCheck, TheDocumentationSampleIsNotAnAudioVideoOffer) {
  // The escalateAudioVideo page's sample request body, line breaks lost.
  EXPECT_NE(
      sdp_offer_problem("v=0o=AudiocodesGW129380630129380304INIP4172.29.107.252s=Phone-Call"
                        "c=INIP4172.29.107.252t=00m=audio-6020RTP/AVP013101a=rtpmap : 0PCMU/8000"),
      std::nullopt);
}

TEST(Utf8, DecodesWellFormedText) {
  EXPECT_EQ(decode_utf8("abc")->size(), 3u);
  EXPECT_EQ(decode_utf8("\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80")->size(), 3u);
  EXPECT_EQ(decode_utf8("")->size(), 0u);
  EXPECT_EQ((*decode_utf8("\xF4\x8F\xBF\xBF"))[0], U'\U0010FFFF');
}

TEST(Utf8, RefusesIllFormedText) {
  for (const auto* bad : {"\xFF", "\xC3", "\xC3\x28", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
                          "\xF4\x90\x80\x80", "\x80", "\xF0\x9F\x98"}) {
    EXPECT_FALSE(decode_utf8(bad)) << bad;
  }
}

TEST(Query, DecodesFormEncoding) {
  EXPECT_EQ(form_decode("a+b%20c%2Bd"), "a b c+d");
  EXPECT_EQ(form_decode("%e6%97%a5"), "\xE6\x97\xA5");
  EXPECT_FALSE(form_decode("%"));
  EXPECT_FALSE(form_decode("%4"));
  EXPECT_FALSE(form_decode("%zz"));
}

TEST(Query, SplitsFields) {
  const auto fields = parse_query("/path?a=1&&b&c=x=y&%zz=1&d=%zz#frag=1");
  ASSERT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields[0].name, "a");
  EXPECT_EQ(fields[0].value, "1");
  EXPECT_EQ(fields[1].name, "b");
  EXPECT_EQ(fields[1].value, "");
  EXPECT_EQ(fields[2].value, "x=y");
  EXPECT_EQ(fields[3].name, "d");
  EXPECT_FALSE(fields[3].value);
  EXPECT_TRUE(parse_query("/path").empty());
}

TEST(EscalationParameters, ReadsBoth) {
  const auto parameters = read_escalation_parameters("/x?operationId=op%201&sessionContext=%C3%A9");
  EXPECT_TRUE(parameters.problems.empty());
  EXPECT_EQ(parameters.operation_id, "op 1");
  EXPECT_EQ(parameters.session_context, "\xC3\xA9");
}

TEST(EscalationParameters, CountsCharactersNotBytes) {
  std::string fifty, fifty_one;
  for (int i = 0; i < 50; ++i) fifty += "%E6%97%A5";
  fifty_one = fifty + "a";
  EXPECT_TRUE(
      read_escalation_parameters("/x?operationId=" + fifty + "&sessionContext=x").problems.empty());
  const auto refused =
      read_escalation_parameters("/x?operationId=" + fifty_one + "&sessionContext=x");
  ASSERT_EQ(refused.problems.size(), 1u);
  EXPECT_EQ(refused.problems[0].first, "operationId");
}

TEST(DataUri, Base64) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64("\xFF\xFE"), "//4=");
  EXPECT_EQ(percent_encoded_data_uri("text/plain", "a b/é"), "data:text/plain,a%20b%2F%C3%A9");
}

TEST(Hrefs, RoundTrip) {
  const auto conversation = hrefs::parse_ucwa_path(hrefs::conversation(102, 7));
  ASSERT_TRUE(conversation);
  EXPECT_EQ(conversation->kind, hrefs::Target::conversation);
  EXPECT_EQ(conversation->application, 102);
  EXPECT_EQ(conversation->conversation, 7);
  const auto escalate = hrefs::parse_ucwa_path(hrefs::escalate_audio_video(101, 12));
  ASSERT_TRUE(escalate);
  EXPECT_EQ(escalate->kind, hrefs::Target::escalate_audio_video);
  const auto participant = hrefs::parse_ucwa_path(hrefs::participant(101, 3, 4));
  ASSERT_TRUE(participant);
  EXPECT_EQ(participant->participant, 4);
  const auto negotiation =
      hrefs::parse_ucwa_path(hrefs::invitation_link(103, 5, "audioVideoNegotiation"));
  ASSERT_TRUE(negotiation);
  EXPECT_EQ(negotiation->kind, hrefs::Target::negotiation);
  EXPECT_EQ(negotiation->invitation, 5);
  const auto events = hrefs::parse_ucwa_path(hrefs::path_of(hrefs::events(104, 7)));
  ASSERT_TRUE(events);
  EXPECT_EQ(events->kind, hrefs::Target::events);
  EXPECT_EQ(events->application, 104);
  EXPECT_EQ(hrefs::events(104, 7), "/ucwa/oauth/v1/applications/104/events?ack=7");
  EXPECT_EQ(
      hrefs::conversation_of("http://127.0.0.1:8080" + hrefs::conversation(101, 9))->conversation,
      9);
  EXPECT_EQ(hrefs::conversation_of(hrefs::conversation(101, 9) + "?x=1")->conversation, 9);
  EXPECT_FALSE(hrefs::conversation_of(hrefs::audio_video(101, 9)));
  EXPECT_FALSE(hrefs::parse_ucwa_path(hrefs::conversation(101, 9) + "/"));
  EXPECT_FALSE(hrefs::parse_ucwa_path(hrefs::application(101) + "/events/1"));
  EXPECT_FALSE(hrefs::parse_ucwa_path(hrefs::invitation_link(101, 5, "cancel")));
  EXPECT_FALSE(
      hrefs::parse_ucwa_path("/ucwa/oauth/v1/applications/101/communication/conversations/07"));
  EXPECT_FALSE(
      hrefs::parse_ucwa_path("/ucwa/oauth/v1/applications/0101/communication/conversations/7"));
  EXPECT_FALSE(hrefs::parse_ucwa_path(
      "/ucwa/oauth/v1/applications/101/communication/conversations/9999999999"));
  EXPECT_FALSE(
      hrefs::parse_ucwa_path("/ucwa/oauth/v1/applications/101/communication/conversations/-1"));
}

}  // namespace
}  // namespace ucwa::reference
