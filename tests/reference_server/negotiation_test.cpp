// Representation negotiation (negotiate() directly).

#include "reference_server/negotiation.hpp"

#include <gtest/gtest.h>

namespace ucwa::reference {
namespace {

std::string content_type_for(std::string_view accept) {
  const auto representation = negotiate(accept);
  return representation ? representation->content_type : "406";
}

TEST(Negotiation, DefaultsToJson) {
  EXPECT_EQ(content_type_for(""), "application/json; charset=utf-8");
  EXPECT_EQ(content_type_for("  "), "application/json; charset=utf-8");
  EXPECT_EQ(content_type_for("*/*"), "application/json; charset=utf-8");
  EXPECT_EQ(content_type_for("application/*"), "application/json; charset=utf-8");
  EXPECT_EQ(negotiate("*/*")->format, Format::json);
}

TEST(Negotiation, NamedTypes) {
  EXPECT_EQ(content_type_for("application/json"), "application/json; charset=utf-8");
  EXPECT_EQ(content_type_for("application/xml"), "application/xml; charset=utf-8");
  EXPECT_EQ(negotiate("application/xml")->format, Format::xml);
  EXPECT_EQ(content_type_for("application/vnd.microsoft.com.ucwa+json"),
            "application/vnd.microsoft.com.ucwa+json; charset=utf-8");
  EXPECT_EQ(content_type_for("application/vnd.microsoft.com.ucwa+xml"),
            "application/vnd.microsoft.com.ucwa+xml; charset=utf-8");
  EXPECT_EQ(negotiate("application/vnd.microsoft.com.ucwa+xml")->format, Format::xml);
  EXPECT_EQ(content_type_for("Application/XML; charset=utf-8"), "application/xml; charset=utf-8");
}

TEST(Negotiation, FirstListedWinsAtEqualQuality) {
  EXPECT_EQ(content_type_for("application/xml, application/json"),
            "application/xml; charset=utf-8");
  EXPECT_EQ(content_type_for("text/html, application/xml, */*"), "application/xml; charset=utf-8");
  EXPECT_EQ(content_type_for("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            "application/xml; charset=utf-8");
}

TEST(Negotiation, HigherQualityWins) {
  EXPECT_EQ(content_type_for("application/xml;q=0.5, application/json"),
            "application/json; charset=utf-8");
  EXPECT_EQ(content_type_for("application/json;q=0.1, application/xml;q=0.2"),
            "application/xml; charset=utf-8");
}

TEST(Negotiation, QualityZeroExcludes) {
  EXPECT_EQ(content_type_for("application/json;q=0, */*"),
            "application/vnd.microsoft.com.ucwa+json; charset=utf-8");
  EXPECT_EQ(content_type_for("application/json;q=0"), "406");
  EXPECT_EQ(content_type_for("*/*;q=0"), "406");
  EXPECT_EQ(content_type_for("application/*;q=0, application/xml"),
            "application/xml; charset=utf-8");
}

TEST(Negotiation, NothingAcceptable) {
  EXPECT_EQ(content_type_for("text/html"), "406");
  EXPECT_EQ(content_type_for("image/png"), "406");
  EXPECT_EQ(content_type_for("text/*"), "406");
  EXPECT_EQ(content_type_for("application/pdf"), "406");
  EXPECT_EQ(content_type_for("garbage"), "406");
  EXPECT_EQ(content_type_for("application/json;q=2"), "406");
  EXPECT_EQ(content_type_for(",,,"), "406");
}

}  // namespace
}  // namespace ucwa::reference
