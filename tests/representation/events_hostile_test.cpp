// Event-channel answers a hostile or broken server may send: each ends in a located error or a
// read with bounded defects, never in an exception, a crash or a deep recursion.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <string>

#include "representation/events_reader.hpp"
#include "representation/limits.hpp"

namespace {

using namespace ucwa;
using representation::max_defects;
using representation::max_location_name_bytes;
using representation::max_nesting_depth;
using representation::read_json_events;
using representation::read_xml_events;

constexpr const char* kRoot =
    R"(<events href="/e" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)";

std::string repeat(std::string_view text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

void expect_depth_error(const model::Read<model::EventsBatch>& read) {
  ASSERT_FALSE(read.value);
  ASSERT_TRUE(read.error);
  EXPECT_EQ(read.error->location.rfind("byte ", 0), 0u) << read.error->location;
  EXPECT_NE(read.error->message.find("depth limit of " + std::to_string(max_nesting_depth)),
            std::string::npos)
      << read.error->message;
}

// An event whose embedded resource embeds itself `depth` times.
std::string json_embedded_bomb(std::size_t depth) {
  return R"({"_links":{"self":{"href":"/e"}},"sender":[{"rel":"c","href":"/c","events":[)"
         R"({"type":"updated","link":{"rel":"c","href":"/c"},"_embedded":{"c":)" +
         repeat(R"({"_embedded":{"c":)", depth) + "{}" + repeat("}}", depth) + "}}]}]}";
}

std::string xml_embedded_bomb(std::size_t depth) {
  return std::string(kRoot) + R"(<sender rel="c" href="/c"><updated rel="c" href="/c">)" +
         repeat(R"(<resource rel="c" href="/c">)", depth) + repeat("</resource>", depth) +
         "</updated></sender></events>";
}

TEST(HostileEvents, DeepEmbeddedResourcesAreRefusedAtAByte) {
  expect_depth_error(read_json_events(json_embedded_bomb(10000)));
  expect_depth_error(read_xml_events(xml_embedded_bomb(10000)));
  // Nesting just under the limit reads. JSON nests 7 levels (root, sender array, sender, events
  // array, event, _embedded, the innermost resource) and 2 more per repeat; XML 3 and 1 more.
  EXPECT_TRUE(read_json_events(json_embedded_bomb((max_nesting_depth - 7) / 2)).value);
  expect_depth_error(read_json_events(json_embedded_bomb(max_nesting_depth / 2)));
  EXPECT_TRUE(read_xml_events(xml_embedded_bomb(max_nesting_depth - 3)).value);
  expect_depth_error(read_xml_events(xml_embedded_bomb(max_nesting_depth - 2)));
}

TEST(HostileEvents, AMillionLevelsAreRefusedWithoutBuildingThem) {
  expect_depth_error(read_json_events(repeat("[", 1000000)));
  expect_depth_error(read_json_events(R"({"sender":)" + repeat("[", 1000000)));
  expect_depth_error(read_xml_events(std::string(kRoot) + repeat("<sender>", 1000000)));
}

TEST(HostileEvents, TenThousandBrokenEventsListAtMostTheLimit) {
  std::string body = R"({"_links":{"self":{"href":"/e"}},"sender":[{"rel":"c","href":"/c",)"
                     R"("events":[)";
  for (int i = 0; i < 10000; ++i) body += std::string(i ? "," : "") + R"({"type":"added"})";
  body += "]}]}";
  const auto start = std::chrono::steady_clock::now();
  auto read = read_json_events(body);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.value->senders.at(0).events.size(), 10000u);
  ASSERT_EQ(read.defects.size(), max_defects + 1);
  EXPECT_EQ(read.defects.at(999).location, "/sender/0/events/999/link");
  EXPECT_NE(read.defects.back().message.find("9000 more defects"), std::string::npos);
  std::cout << "[ bench    ] 10000 events without link: " << ms.count() << " ms\n";

  std::string xml = std::string(kRoot) + R"(<sender rel="c" href="/c">)" +
                    repeat(R"(<added rel="c"/>)", 10000) + "</sender></events>";
  auto xml_read = read_xml_events(xml);
  ASSERT_TRUE(xml_read.value);
  ASSERT_EQ(xml_read.defects.size(), max_defects + 1);
  EXPECT_EQ(xml_read.defects.at(999).location, "/events/sender[1]/added[1000]/@href");
}

// One long name above many broken parts must not make the defects far larger than the body.
TEST(HostileEvents, LocationsCutLongNames) {
  const std::string name(100000, 'k');
  std::string json = R"({"_links":{"self":{"href":"/e"}},"sender":[{"rel":"c","href":"/c",)"
                     R"("events":[{"type":"updated","link":{"rel":"c","href":"/c"},)"
                     R"("_embedded":{")" +
                     name + R"(":[)" + repeat("1,", 4999) + "1]}}]}]}";
  auto read = read_json_events(json);
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.defects.front().location,
            "/sender/0/events/0/_embedded/" + std::string(max_location_name_bytes, 'k') + ".../0");

  std::string xml = std::string(kRoot) + R"(<sender rel="c" href="/c">)" +
                    repeat("<" + name + "/>", 3) + "</sender></events>";
  auto xml_read = read_xml_events(xml);
  ASSERT_TRUE(xml_read.value);
  ASSERT_EQ(xml_read.defects.size(), 6u);
  EXPECT_EQ(xml_read.defects.back().location,
            "/events/sender[1]/" + std::string(max_location_name_bytes, 'k') + "...[3]/@href");
  EXPECT_EQ(xml_read.value->senders.at(0).events.at(0).type, name);  // the type itself is whole
}

TEST(HostileEvents, EntitiesStayInertAndNothingIsFetched) {
  std::string body = R"(<?xml version="1.0"?><!DOCTYPE events [<!ENTITY lol "lol">)";
  body += R"(<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)";
  for (int i = 2; i <= 9; ++i) {
    body += "<!ENTITY lol" + std::to_string(i) + " \"" +
            repeat("&lol" + std::to_string(i - 1) + ";", 10) + "\">";
  }
  body += R"(<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)";
  body += std::string(kRoot) + R"(<sender rel="c" href="&lol9;"><completed rel="c" href="&xxe;")"
                               R"( status="&lol9;"><reason><message>&xxe;</message></reason>)"
                               R"(</completed></sender></events>)";
  auto read = read_xml_events(body);
  ASSERT_TRUE(read.value) << read.error->describe();
  const model::Sender& sender = read.value->senders.at(0);
  EXPECT_EQ(sender.href, "&lol9;");
  EXPECT_EQ(sender.events.at(0).link->href, "&xxe;");
  EXPECT_EQ(sender.events.at(0).status, "&lol9;");
  EXPECT_EQ(sender.events.at(0).reason->message, "&xxe;");
}

}  // namespace
