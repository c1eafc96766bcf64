#include "text/ascii.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ucwa::text {
namespace {

using ::testing::Optional;
using namespace std::string_literals;

TEST(Case, ComparesAndConvertsAsciiOnly) {
  EXPECT_TRUE(equals_ignoring_case("Content-Length", "content-LENGTH"));
  EXPECT_FALSE(equals_ignoring_case("Content-Length", "Content-Lengt"));
  EXPECT_FALSE(equals_ignoring_case("\xC3\x89", "\xC3\xA9"));  // no Unicode case folding
  EXPECT_TRUE(starts_with_ignoring_case("DATA:text/plain,x", "data:"));
  EXPECT_FALSE(starts_with_ignoring_case("dat", "data:"));
  EXPECT_EQ(lowercase("Application/JSON; Charset=UTF-8"), "application/json; charset=utf-8");
  EXPECT_EQ(uppercase("passed-1"), "PASSED-1");
}

TEST(Case, ChangesTheFirstLetterOnly) {
  EXPECT_EQ(text::upper_first("operationId"), "OperationId");
  EXPECT_EQ(text::lower_first("The invitation"), "the invitation");
  EXPECT_EQ(text::upper_first(""), "");
  EXPECT_EQ(text::upper_first("\xC3\xA9t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // ASCII only
}

TEST(Trim, TakesBlanksOrTheGivenCharactersFromBothEnds) {
  EXPECT_EQ(trim(" \t a b \t"), "a b");
  EXPECT_EQ(trim("a\r\n"), "a\r\n");
  EXPECT_EQ(trim(" a\r\n", " \t\r\n"), "a");
  EXPECT_EQ(trim(" \t "), "");
  EXPECT_EQ(trim(""), "");
}

TEST(HexValue, ReadsEitherCase) {
  EXPECT_EQ(hex_value('0'), 0);
  EXPECT_EQ(hex_value('9'), 9);
  EXPECT_EQ(hex_value('a'), 10);
  EXPECT_EQ(hex_value('F'), 15);
  EXPECT_EQ(hex_value('g'), -1);
  EXPECT_EQ(hex_value('%'), -1);
}

TEST(PercentEncode, KeepsUnreservedCharacters) {
  EXPECT_EQ(percent_encode("AZaz09-._~"), "AZaz09-._~");
}

TEST(PercentEncode, EncodesEveryOtherByteInUppercase) {
  EXPECT_EQ(percent_encode("a b/?&=+\xE2\x82\xAC"), "a%20b%2F%3F%26%3D%2B%E2%82%AC");
  EXPECT_EQ(percent_encode(std::string("\0\xff", 2)), "%00%FF");
}

TEST(PercentDecode, RoundTripsEncodedText) {
  const std::string text = "sip:user@example.com; \xE2\x82\xAC 100% \x01";
  EXPECT_THAT(percent_decode(percent_encode(text)), Optional(text));
}

TEST(PercentDecode, AcceptsLowercaseHexAndLeavesPlusAlone) {
  EXPECT_THAT(percent_decode("%e2%82%ac+x"), Optional("\xE2\x82\xAC+x"s));
}

TEST(PercentDecode, RejectsMalformedEscapes) {
  EXPECT_EQ(percent_decode("%2"), std::nullopt);
  EXPECT_EQ(percent_decode("a%"), std::nullopt);
  EXPECT_EQ(percent_decode("%zz"), std::nullopt);
  EXPECT_EQ(percent_decode("%2g"), std::nullopt);
}

TEST(MalformedEscape, SaysWhereTheFirstOneStarts) {
  EXPECT_EQ(malformed_escape("a%20b"), std::nullopt);
  EXPECT_THAT(malformed_escape("abc%2"), Optional(std::size_t{3}));
  EXPECT_THAT(malformed_escape("%41%zz%"), Optional(std::size_t{3}));
  EXPECT_THAT(malformed_escape("%%41"), Optional(std::size_t{0}));
}

}  // namespace
}  // namespace ucwa::text
