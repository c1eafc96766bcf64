// SDP a hostile or broken server may send: each must end in an error, quickly.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "sdp/description.hpp"

namespace ucwa::sdp {
namespace {

std::string hostile(const std::string& name) {
  std::ifstream in(std::string(UCWA_HOSTILE_DIR) + "/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr const char* kHead =
    "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n";

// sofia-sip loops forever allocating on this offer: it must never reach it.
TEST(HostileSdp, AControlCharacterInTheFormatsIsAnError) {
  const std::string text = hostile("sdp-infinite-loop.sdp");
  ASSERT_NE(text.find('\x01'), std::string::npos);
  const auto parsed = parse(text);
  EXPECT_FALSE(parsed.description);
  EXPECT_NE(parsed.error.find("control character 0x01"), std::string::npos) << parsed.error;
}

TEST(HostileSdp, ControlCharactersOtherThanCrLfTabAreErrors) {
  for (char c : {'\0', '\x01', '\x0b', '\x1b', '\x7f'}) {
    const auto parsed = parse(std::string(kHead) + "m=audio 5000 RTP/AVP 0" + c + "\r\n");
    EXPECT_FALSE(parsed.description) << int(c);
  }
}

// Found by the sdp fuzz target: sofia-sip loops forever on these m= lines too.
TEST(HostileSdp, MediaLinesOutsideTheGrammarAreErrors) {
  const auto found = parse(hostile("sdp-fuzz-port-loop.sdp"));
  EXPECT_FALSE(found.description);
  EXPECT_NE(found.error.find("RFC 4566"), std::string::npos) << found.error;
  for (const char* line :
       {"m=audio 5 TCP ,", "m=video 5map /AVP 96", "m=audio 5 TCP", "m=audio",
        "m=audio  5 RTP/AVP 0", "m=audio 5/ RTP/AVP 0", "m=audio 5 RTP//AVP 0"}) {
    const auto parsed = parse(std::string(kHead) + line + "\r\n");
    EXPECT_FALSE(parsed.description) << line;
    EXPECT_FALSE(parsed.error.empty()) << line;
  }
  // A lone CR ends a line for sofia-sip too.
  const auto cr = parse(hostile("sdp-fuzz-lone-cr-loop.sdp"));
  EXPECT_FALSE(cr.description);
  EXPECT_NE(cr.error.find("RFC 4566"), std::string::npos) << cr.error;
  EXPECT_FALSE(parse(std::string(kHead) + "a=x\rm=audio 5 RTP/Av? 101\r\n").description);
  EXPECT_TRUE(parse(std::string(kHead) + "m=audio 5000/2 RTP/SAVP 0 8 101\r\n").description);
  EXPECT_TRUE(parse(std::string(kHead) + "m=audio 5000 RTP/AVP 0\ra=sendrecv\n").description);
}

TEST(HostileSdp, OversizedTextIsAnError) {
  EXPECT_FALSE(parse(std::string(kHead) + "a=x:" + std::string(max_sdp_line_bytes, 'x') + "\r\n")
                   .description);
  std::string many(kHead);
  for (std::size_t i = 0; i < max_sdp_lines; ++i) many += "a=sendrecv\r\n";
  EXPECT_FALSE(parse(many).description);
  EXPECT_FALSE(parse(std::string(max_sdp_bytes + 1, 'a')).description);
}

TEST(HostileSdp, AWellFormedOfferStillParses) {
  const auto parsed =
      parse(std::string(kHead) + "m=audio 5000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n");
  ASSERT_TRUE(parsed.description) << parsed.error;
  EXPECT_TRUE(parsed.description->has_media("audio"));
}

}  // namespace
}  // namespace ucwa::sdp
