#include "representation/data_uri.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace {

using ucwa::representation::decode_data_uri;

std::string base64_encode(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
    unsigned group = 0;
    for (std::size_t j = 0; j < 3; ++j) {
      group = (group << 8) | (j < n ? static_cast<unsigned char>(bytes[i + j]) : 0u);
    }
    for (std::size_t j = 0; j < 4; ++j) {
      out += j <= n ? kAlphabet[(group >> (18 - 6 * j)) & 0x3F] : '=';
    }
  }
  return out;
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(DataUri, Base64SdpRoundTrips) {
  const std::string sdp =
      "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=session\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
      "m=audio 5004 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
  auto decoded = decode_data_uri("data:application/sdp;base64," + base64_encode(sdp));
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_EQ(decoded.value->media_type, "application/sdp");
  EXPECT_TRUE(decoded.value->base64);
  EXPECT_EQ(decoded.value->content, sdp);
}

TEST(DataUri, Base64OfEveryLengthRemainder) {
  for (std::string bytes : {"a", "ab", "abc", "abcd"}) {
    auto decoded = decode_data_uri("data:;base64," + base64_encode(bytes));
    ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
    EXPECT_EQ(decoded.value->content, bytes);
  }
}

TEST(DataUri, PercentEncodedText) {
  auto decoded = decode_data_uri("data:text/plain,Escalated%20by%20the%20server%2c+ok%2A");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_FALSE(decoded.value->base64);
  EXPECT_EQ(decoded.value->content, "Escalated by the server,+ok*");
}

TEST(DataUri, DefaultMediaType) {
  auto decoded = decode_data_uri("data:,hello");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_EQ(decoded.value->media_type, "text/plain;charset=US-ASCII");
  EXPECT_EQ(decoded.value->content, "hello");

  decoded = decode_data_uri("data:;base64,aGk=");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_EQ(decoded.value->media_type, "text/plain;charset=US-ASCII");
  EXPECT_EQ(decoded.value->content, "hi");
}

TEST(DataUri, CharsetAloneImpliesTextPlain) {
  auto decoded = decode_data_uri("data:;charset=utf-8,x");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_EQ(decoded.value->media_type, "text/plain;charset=utf-8");
}

TEST(DataUri, MediaTypeWithParameters) {
  auto decoded = decode_data_uri("data:text/plain;charset=utf-8,Escalated%20by%20the%20server");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_EQ(decoded.value->media_type, "text/plain;charset=utf-8");
  EXPECT_EQ(decoded.value->content, "Escalated by the server");

  decoded = decode_data_uri("data:text/plain;charset=utf-8;base64,aGk=");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_EQ(decoded.value->media_type, "text/plain;charset=utf-8");
  EXPECT_TRUE(decoded.value->base64);
}

TEST(DataUri, SchemeIsCaseInsensitive) {
  auto decoded = decode_data_uri("DATA:application/sdp;BASE64,aGk=");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_TRUE(decoded.value->base64);
  EXPECT_EQ(decoded.value->content, "hi");
}

TEST(DataUri, EmptyDataIsEmptyContent) {
  for (const char* text : {"data:,", "data:application/sdp;base64,"}) {
    auto decoded = decode_data_uri(text);
    ASSERT_TRUE(decoded.value) << text << ": " << decoded.error.value_or("");
    EXPECT_EQ(decoded.value->content, "");
  }
}

TEST(DataUri, PercentEncodedBase64) {
  // "+/8=" encodes 0xFB 0xFF.
  auto decoded = decode_data_uri("data:application/octet-stream;base64,%2B%2f8%3D");
  ASSERT_TRUE(decoded.value) << decoded.error.value_or("");
  EXPECT_EQ(decoded.value->content, "\xFB\xFF");
}

TEST(DataUri, NotDataScheme) {
  auto decoded = decode_data_uri("http://example.com/,x");
  EXPECT_FALSE(decoded.value);
  EXPECT_EQ(decoded.error.value_or(""), "not a data URI: it does not start with \"data:\"");
  EXPECT_FALSE(decode_data_uri("data").value);
}

TEST(DataUri, NoComma) {
  auto decoded = decode_data_uri("data:text/plain;base64");
  EXPECT_FALSE(decoded.value);
  EXPECT_TRUE(contains(decoded.error.value_or(""), "no comma")) << decoded.error.value_or("");
}

TEST(DataUri, BadBase64Character) {
  // "data:;base64," is 13 characters, so the '!' is at offset 15.
  auto decoded = decode_data_uri("data:;base64,AA!A");
  EXPECT_FALSE(decoded.value);
  EXPECT_EQ(decoded.error.value_or(""), "base64 data has an invalid character '!' at offset 15");

  decoded = decode_data_uri("data:;base64,AA%21A");
  EXPECT_EQ(decoded.error.value_or(""), "base64 data has an invalid character '!' at offset 15");

  decoded = decode_data_uri("data:;base64,AA A");
  EXPECT_TRUE(contains(decoded.error.value_or(""), "' ' at offset 15"))
      << decoded.error.value_or("");
}

TEST(DataUri, BadBase64Padding) {
  auto decoded = decode_data_uri("data:;base64,aGk");
  EXPECT_FALSE(decoded.value);
  EXPECT_TRUE(contains(decoded.error.value_or(""), "multiple of 4")) << decoded.error.value_or("");
  EXPECT_TRUE(contains(decoded.error.value_or(""), "offset 16")) << decoded.error.value_or("");

  decoded = decode_data_uri("data:;base64,A===");
  EXPECT_FALSE(decoded.value);
  EXPECT_EQ(decoded.error.value_or(""), "base64 data has padding '=' before its end at offset 14");

  decoded = decode_data_uri("data:;base64,aG=kAAAA");
  EXPECT_FALSE(decoded.value);
  EXPECT_TRUE(contains(decoded.error.value_or(""), "offset 15")) << decoded.error.value_or("");

  decoded = decode_data_uri("data:;base64,aG=k");
  EXPECT_FALSE(decoded.value);
  EXPECT_TRUE(contains(decoded.error.value_or(""), "offset 15")) << decoded.error.value_or("");
}

TEST(DataUri, MalformedPercentEscape) {
  auto decoded = decode_data_uri("data:,abc%2");
  EXPECT_FALSE(decoded.value);
  EXPECT_EQ(decoded.error.value_or(""), "data has a malformed percent-escape at offset 9");

  decoded = decode_data_uri("data:,%zz");
  EXPECT_FALSE(decoded.value);
  EXPECT_TRUE(contains(decoded.error.value_or(""), "offset 6")) << decoded.error.value_or("");
}

TEST(DataUri, Base64MustBeTheLastParameter) {
  auto decoded = decode_data_uri("data:;base64;x=y,AAAA");
  EXPECT_FALSE(decoded.value);
  EXPECT_TRUE(contains(decoded.error.value_or(""), ";base64")) << decoded.error.value_or("");
  EXPECT_TRUE(contains(decoded.error.value_or(""), "offset 5")) << decoded.error.value_or("");
}

}  // namespace
