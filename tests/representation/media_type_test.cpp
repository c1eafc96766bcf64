#include "representation/media_type.hpp"

#include <gtest/gtest.h>

namespace {

using namespace ucwa;
using representation::format_of;

TEST(MediaType, NamesTheUcwaFormats) {
  EXPECT_EQ(format_of("application/json"), model::Format::json);
  EXPECT_EQ(format_of("application/json; charset=utf-8"), model::Format::json);
  EXPECT_EQ(format_of("Application/Vnd.Microsoft.Com.Ucwa+Json;charset=\"utf-8\""),
            model::Format::json);
  EXPECT_EQ(format_of("application/xml"), model::Format::xml);
  EXPECT_EQ(format_of("application/vnd.microsoft.com.ucwa+xml; charset=utf-8"), model::Format::xml);
}

TEST(MediaType, OtherTypesNameNoFormat) {
  EXPECT_FALSE(format_of("text/plain"));
  EXPECT_FALSE(format_of("text/xml"));
  EXPECT_FALSE(format_of("application/problem+json"));
  EXPECT_FALSE(format_of(""));
  EXPECT_FALSE(format_of("application/json; charset"));
  EXPECT_FALSE(format_of("application json"));
}

TEST(MediaType, KeepsParameters) {
  auto media = representation::parse_media_type("application/sdp; Charset=UTF-8");
  ASSERT_TRUE(media);
  EXPECT_EQ(media->essence(), "application/sdp");
  EXPECT_EQ(media->parameters.at("charset"), "UTF-8");
}

TEST(AcceptAllows, RangesWildcardsAndZeroQ) {
  using representation::accept_allows;
  EXPECT_TRUE(accept_allows("application/json", "application/json; charset=utf-8"));
  EXPECT_TRUE(accept_allows("text/html, application/*;q=0.1", "application/json"));
  EXPECT_TRUE(accept_allows("*/*", "image/png"));
  EXPECT_TRUE(accept_allows("TEXT/HTML", "text/html"));
  EXPECT_FALSE(accept_allows("text/html", "application/json"));
  EXPECT_FALSE(accept_allows("application/json;q=0, text/html", "application/json"));
  EXPECT_FALSE(accept_allows("application/json;q=0.000", "application/json"));
  EXPECT_FALSE(accept_allows("image/png", "not a media type"));
  EXPECT_FALSE(accept_allows("*/json", "application/json"));
}

}  // namespace
