#include "sdp/offer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sdp/description.hpp"

namespace ucwa::sdp {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

TEST(BuildOffer, EndsEveryLineWithCrlf) {
  const auto offer = build_offer();
  ASSERT_FALSE(offer.empty());
  EXPECT_TRUE(offer.ends_with("\r\n"));
  for (std::size_t i = 0; i < offer.size(); ++i) {
    const bool lone_lf = offer[i] == '\n' && (i == 0 || offer[i - 1] != '\r');
    const bool lone_cr = offer[i] == '\r' && (i + 1 == offer.size() || offer[i + 1] != '\n');
    EXPECT_FALSE(lone_lf || lone_cr) << "lone line-end character at " << i;
  }
}

TEST(BuildOffer, HasTheSessionLinesInOrder) {
  OfferOptions options;
  options.address = "192.0.2.10";
  options.session_id = 42;
  EXPECT_THAT(build_offer(options), StartsWith("v=0\r\n"
                                               "o=- 42 1 IN IP4 192.0.2.10\r\n"
                                               "s=ucwa-conform\r\n"
                                               "c=IN IP4 192.0.2.10\r\n"
                                               "t=0 0\r\n"));
}

TEST(BuildOffer, DescribesAudioAndVideo) {
  const auto offer = build_offer();
  EXPECT_THAT(offer, HasSubstr("m=audio 50000 RTP/AVP 0 101\r\n"
                               "a=rtpmap:0 PCMU/8000\r\n"
                               "a=rtpmap:101 telephone-event/8000\r\n"
                               "a=fmtp:101 0-15\r\n"
                               "a=sendrecv\r\n"));
  EXPECT_THAT(offer, HasSubstr("m=video 50002 RTP/AVP 96\r\n"
                               "a=rtpmap:96 H264/90000\r\n"
                               "a=fmtp:96 profile-level-id=42e01f\r\n"
                               "a=sendrecv\r\n"));
}

TEST(BuildOffer, ParsesWithBothModalities) {
  const auto parsed = parse(build_offer());
  ASSERT_TRUE(parsed.description) << parsed.error;
  const auto& description = *parsed.description;
  EXPECT_TRUE(description.has_media("audio"));
  EXPECT_TRUE(description.has_media("video"));
  ASSERT_EQ(description.media.size(), 2u);
  EXPECT_EQ(description.media[0].port, 50000u);
  EXPECT_EQ(description.media[0].protocol, "RTP/AVP");
  EXPECT_THAT(description.media[0].formats, ElementsAre("0", "101"));
  EXPECT_EQ(description.media[1].port, 50002u);
  EXPECT_THAT(description.media[1].formats, ElementsAre("96"));
}

TEST(BuildOffer, AudioOnlyOfferLacksVideo) {
  OfferOptions options;
  options.video = false;
  const auto offer = build_offer(options);
  EXPECT_THAT(offer, ::testing::Not(HasSubstr("m=video")));
  const auto parsed = parse(offer);
  ASSERT_TRUE(parsed.description) << parsed.error;
  EXPECT_TRUE(parsed.description->has_media("audio"));
  EXPECT_FALSE(parsed.description->has_media("video"));
}

TEST(BuildOffer, RoundTripsAddressAndSessionName) {
  OfferOptions options;
  options.address = "198.51.100.7";
  const auto parsed = parse(build_offer(options));
  ASSERT_TRUE(parsed.description) << parsed.error;
  EXPECT_EQ(parsed.description->origin_address, "198.51.100.7");
  EXPECT_EQ(parsed.description->session_name, "ucwa-conform");
}

TEST(BuildOffer, UsesIp6ForAnIpv6Address) {
  OfferOptions options;
  options.address = "2001:db8::1";
  const auto offer = build_offer(options);
  EXPECT_THAT(offer, HasSubstr("c=IN IP6 2001:db8::1\r\n"));
  const auto parsed = parse(offer);
  ASSERT_TRUE(parsed.description) << parsed.error;
  EXPECT_EQ(parsed.description->origin_address, "2001:db8::1");
}

}  // namespace
}  // namespace ucwa::sdp
