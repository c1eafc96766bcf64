#include "sdp/description.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ucwa::sdp {
namespace {

using ::testing::ElementsAre;

// The sample in the seed documentation, its line breaks lost.
constexpr const char* kGarbledSample =
    "v=0o=AudiocodesGW129380630129380304INIP4172.29.107.252s=Phone-Callc=INIP4172.29.107.252"
    "t=00m=audio6010RTP/AVP18081013101a=rtpmap:18G729/8000a=fmtp:18annexb=no"
    "a=rtpmap:0PCMU/8000a=rtpmap:8PCMA/8000a=rtpmap:101telephone-event/8000"
    "a=fmtp:1010-15a=ptime:20a=sendrecvm=video0RTP/AVP96";

TEST(Parse, GarbledSampleIsNotAudioAndVideo) {
  const auto parsed = parse(kGarbledSample);
  const bool both = parsed.description && parsed.description->has_media("audio") &&
                    parsed.description->has_media("video");
  EXPECT_FALSE(both);
}

TEST(Parse, EmptyTextIsAnError) {
  const auto parsed = parse("");
  EXPECT_FALSE(parsed.description);
  EXPECT_FALSE(parsed.error.empty());
}

TEST(Parse, GarbageIsAnError) {
  for (const char* text : {"garbage", "hello\r\nworld\r\n", "{\"sdp\":true}", "\x01\x02\x03"}) {
    const auto parsed = parse(text);
    EXPECT_FALSE(parsed.description) << text;
    EXPECT_FALSE(parsed.error.empty()) << text;
  }
}

TEST(Parse, MissingVersionLineIsAnError) {
  const auto parsed = parse(
      "o=- 1 1 IN IP4 192.0.2.1\r\ns=x\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
      "m=audio 5000 RTP/AVP 0\r\n");
  EXPECT_FALSE(parsed.description);
  EXPECT_FALSE(parsed.error.empty());
}

TEST(Parse, ReadsAnAnswerWithOtherMedia) {
  const auto parsed = parse(
      "v=0\r\n"
      "o=AudiocodesGW 129380630 129380304 IN IP4 172.29.107.252\r\n"
      "s=Phone-Call\r\n"
      "c=IN IP4 172.29.107.252\r\n"
      "t=0 0\r\n"
      "m=audio 6010 RTP/AVP 18 0 8 101\r\n"
      "a=rtpmap:18 G729/8000\r\n"
      "a=rtpmap:101 telephone-event/8000\r\n"
      "m=application 5060 TCP/MSRP *\r\n"
      "m=video 0 RTP/AVP 96\r\n");
  ASSERT_TRUE(parsed.description) << parsed.error;
  const auto& description = *parsed.description;
  EXPECT_EQ(description.origin_address, "172.29.107.252");
  EXPECT_EQ(description.session_name, "Phone-Call");
  ASSERT_EQ(description.media.size(), 3u);
  EXPECT_EQ(description.media[0].kind, "audio");
  EXPECT_EQ(description.media[0].port, 6010u);
  EXPECT_THAT(description.media[0].formats, ElementsAre("18", "0", "8", "101"));
  EXPECT_EQ(description.media[1].kind, "application");
  EXPECT_EQ(description.media[1].protocol, "TCP/MSRP");
  EXPECT_THAT(description.media[1].formats, ElementsAre("*"));
  EXPECT_EQ(description.media[2].kind, "video");
  EXPECT_EQ(description.media[2].port, 0u);
  EXPECT_TRUE(description.has_media("application"));
  EXPECT_FALSE(description.has_media("image"));
}

}  // namespace
}  // namespace ucwa::sdp
