// Bodies a hostile or broken server may send: each must end in a located error or a read, never in
// an exception, a crash or a wait that grows faster than the body.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "representation/json_reader.hpp"
#include "representation/limits.hpp"
#include "representation/xml_reader.hpp"

namespace {

using namespace ucwa;
using representation::max_nesting_depth;
using representation::read_json_reason;
using representation::read_json_resource;
using representation::read_xml_reason;
using representation::read_xml_resource;

constexpr const char* kNamespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

std::string hostile(const std::string& name) {
  std::ifstream in(std::string(UCWA_HOSTILE_DIR) + "/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string repeat(std::string_view text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

// The shapes of the repository's gen_deep.py.
std::string deep_arrays(std::size_t depth) {
  return R"({"rel":"a","subject":)" + repeat("[", depth) + repeat("]", depth) + "}";
}
std::string deep_embedded(std::size_t depth) {
  return R"({"rel":"a","_embedded":{"from":)" + repeat(R"({"_embedded":{"from":)", depth) + "{}" +
         repeat("}}", depth) + "}}";
}
std::string deep_xml(std::size_t depth) {
  return std::string(R"(<resource xmlns=")") + kNamespace + R"(" rel="a" href="/x">)" +
         repeat(R"(<resource rel="f" href="/p">)", depth) + repeat("</resource>", depth) +
         "</resource>";
}

void expect_depth_error(const std::optional<model::ParseError>& error) {
  ASSERT_TRUE(error);
  EXPECT_EQ(error->location.rfind("byte ", 0), 0u) << error->location;
  EXPECT_NE(error->message.find("depth limit of " + std::to_string(max_nesting_depth)),
            std::string::npos)
      << error->message;
}

TEST(HostileJson, NumberOverflowIsALocatedError) {
  const std::string body = hostile("json-number-overflow.json");  // {"a":1e400}
  auto read = read_json_resource(body);
  ASSERT_FALSE(read.value);
  ASSERT_TRUE(read.error);
  EXPECT_EQ(read.error->location.rfind("byte ", 0), 0u) << read.error->location;
  EXPECT_NE(read.error->message.find("1e400"), std::string::npos) << read.error->message;
  auto reason = read_json_reason(body);
  ASSERT_FALSE(reason.value);
  EXPECT_TRUE(reason.error);
}

TEST(HostileJson, OtherLibraryErrorsAreLocated) {
  for (const char* body : {"{\"a\":\"\xff\"}", "{\"a\":\"\\ud800\"}", "{\"a\":1}x", "", "\x00",
                           "{\"a\":-1e400}", "[1e999999999999]"}) {
    auto read = read_json_resource(body);
    ASSERT_FALSE(read.value) << body;
    ASSERT_TRUE(read.error) << body;
    EXPECT_FALSE(read.error->location.empty()) << body;
  }
}

TEST(HostileJson, DeepArraysAreRefusedAtTheLimit) {
  expect_depth_error(read_json_resource(deep_arrays(30000)).error);
  // The object is depth 1, so max_nesting_depth - 1 arrays still fit.
  auto fits = read_json_resource(deep_arrays(max_nesting_depth - 1));
  EXPECT_TRUE(fits.value) << (fits.error ? fits.error->describe() : "");
  auto over = read_json_resource(deep_arrays(max_nesting_depth));
  expect_depth_error(over.error);
  // The first bracket too deep: the object's '{', then "subject":, then the arrays.
  const std::size_t first_array = std::string(R"({"rel":"a","subject":)").size();
  EXPECT_EQ(over.error->location, "byte " + std::to_string(first_array + max_nesting_depth - 1));
}

TEST(HostileJson, DeepEmbeddedResourcesAreRefused) {
  expect_depth_error(read_json_resource(deep_embedded(10000)).error);
}

TEST(HostileJson, AMillionLevelsAreRefusedWithoutBuildingThem) {
  expect_depth_error(read_json_resource(repeat("[", 1000000)).error);
  expect_depth_error(read_json_resource(repeat("[", 1000000) + repeat("]", 1000000)).error);
  expect_depth_error(read_json_resource(repeat(R"({"a":)", 1000000)).error);
  expect_depth_error(read_json_reason(repeat(R"({"parameters":)", 1000000)).error);
}

TEST(HostileJson, BracketsInStringsDoNotCountTowardsTheDepth) {
  auto read = read_json_resource(R"({"rel":"a","s":")" + repeat("[{", 1000) + R"("})");
  EXPECT_TRUE(read.value);
}

TEST(HostileJson, TenThousandSiblingLinksReadInLinearTime) {
  std::string body = R"({"rel":"a","_links":{"l":[)";
  for (int i = 0; i < 10000; ++i) body += std::string(i ? "," : "") + R"({"title":"t"})";
  body += "]}}";
  const auto start = std::chrono::steady_clock::now();
  auto read = read_json_resource(body);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  ASSERT_TRUE(read.value);
  ASSERT_EQ(read.defects.size(), representation::max_defects + 1);
  EXPECT_EQ(read.defects.at(999).location, "/_links/l/999/href");
  EXPECT_NE(read.defects.back().message.find("9000 more defects"), std::string::npos);
  std::cout << "[ bench    ] 10000 links without href: " << ms.count() << " ms\n";
}

// One long key above many broken links must not make the defects far larger than the body.
TEST(HostileJson, LocationsCutLongKeys) {
  const std::string key(100000, 'k');
  std::string body = R"({"rel":"a","_links":{")" + key + R"(":[)";
  for (int i = 0; i < 5000; ++i) body += std::string(i ? "," : "") + "{}";
  body += "]}}";
  auto read = read_json_resource(body);
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.defects.front().location,
            "/_links/" + std::string(representation::max_location_name_bytes, 'k') + ".../0/href");
}

TEST(HostileXml, LocationsCutLongNames) {
  const std::string rel(100000, 'r');
  std::string body =
      std::string(R"(<resource xmlns=")") + kNamespace + R"(" rel=")" + rel + R"(">)";
  for (int i = 0; i < 5000; ++i) body += "<link/>";
  body += "</resource>";
  auto read = read_xml_resource(body);
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.defects.front().location,
            "/resource[@rel='" + std::string(representation::max_location_name_bytes, 'r') +
                "...']/link[1]");
}

TEST(HostileXml, DeepResourcesAreRefusedAtTheLimit) {
  expect_depth_error(read_xml_resource(deep_xml(4000)).error);
  EXPECT_TRUE(read_xml_resource(deep_xml(max_nesting_depth - 1)).value);
  expect_depth_error(read_xml_resource(deep_xml(max_nesting_depth)).error);
}

TEST(HostileXml, AMillionLevelsAreRefused) {
  expect_depth_error(read_xml_resource(deep_xml(1000000)).error);
  const std::string plain = std::string(R"(<resource xmlns=")") + kNamespace + R"(" rel="a">)" +
                            repeat("<a>", 1000000) + repeat("</a>", 1000000) + "</resource>";
  expect_depth_error(read_xml_resource(plain).error);
  expect_depth_error(
      read_xml_reason("<reason>" + repeat("<a>", 1000000) + repeat("</a>", 1000000) + "</reason>")
          .error);
}

TEST(HostileXml, TenThousandSiblingLinksWithoutRelReadInLinearTime) {
  std::string body = std::string(R"(<resource xmlns=")") + kNamespace + R"(" rel="a" href="/x">)";
  for (int i = 0; i < 10000; ++i) body += R"(<link href="/l"/>)";
  body += "</resource>";
  const auto start = std::chrono::steady_clock::now();
  auto read = read_xml_resource(body);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  ASSERT_TRUE(read.value);
  ASSERT_EQ(read.defects.size(), representation::max_defects + 1);
  EXPECT_EQ(read.defects.front().location, "/resource[@rel='a']/link[1]");
  EXPECT_EQ(read.defects.at(999).location, "/resource[@rel='a']/link[1000]");
  EXPECT_NE(read.defects.back().message.find("9000 more defects"), std::string::npos);
  std::cout << "[ bench    ] 10000 links without rel: " << ms.count() << " ms\n";
}

TEST(HostileXml, BillionLaughsStayInert) {
  std::string body = R"(<?xml version="1.0"?><!DOCTYPE resource [<!ENTITY lol "lol">)";
  body += R"(<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)";
  for (int i = 2; i <= 9; ++i) {
    const std::string previous = "&lol" + std::to_string(i - 1) + ";";
    body += "<!ENTITY lol" + std::to_string(i) + " \"" + repeat(previous, 10) + "\">";
  }
  body += "]><resource xmlns=\"" + std::string(kNamespace) +
          R"(" rel="a" href="/x"><property name="p">&lol9;</property>)"
          R"(<link rel="l" href="&lol9;"/></resource>)";
  auto read = read_xml_resource(body);
  ASSERT_TRUE(read.value) << read.error->describe();
  EXPECT_EQ(read.value->property("p")->as_text(), "&lol9;");
  EXPECT_EQ(read.value->link("l")->links.at(0).href, "&lol9;");
}

TEST(HostileXml, ExternalEntitiesAreNeitherFetchedNorExpanded) {
  const std::string body = std::string(R"(<?xml version="1.0"?><!DOCTYPE resource [)") +
                           R"(<!ENTITY xxe SYSTEM "file:///etc/passwd">)" +
                           R"(<!ENTITY web SYSTEM "http://127.0.0.1:1/x">]>)" +
                           R"(<resource xmlns=")" + kNamespace + R"(" rel="a" href="/x">)" +
                           R"(<property name="p">&xxe;</property>)" +
                           R"(<property name="q">&web;</property></resource>)";
  auto read = read_xml_resource(body);
  ASSERT_TRUE(read.value) << read.error->describe();
  EXPECT_EQ(read.value->property("p")->as_text(), "&xxe;");
  EXPECT_EQ(read.value->property("q")->as_text(), "&web;");
  auto reason = read_xml_reason(
      R"(<!DOCTYPE reason [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><reason xmlns=")" +
      std::string(kNamespace) + R"("><message>&xxe;</message></reason>)");
  ASSERT_TRUE(reason.value);
  EXPECT_EQ(reason.value->message, "&xxe;");
}

}  // namespace
