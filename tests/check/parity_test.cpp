#include "check/parity.hpp"

#include <gtest/gtest.h>

#include "representation/json_reader.hpp"
#include "representation/xml_reader.hpp"

namespace {

using namespace ucwa;

model::Resource json(const std::string& body) {
  return *representation::read_json_resource(body).value;
}
model::Resource xml(const std::string& inner) {
  return *representation::read_xml_resource(
              R"(<resource rel="r" href="/r" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)" +
              inner + "</resource>")
              .value;
}

std::vector<std::string> differences(const model::Resource& a, const model::Resource& b) {
  std::vector<std::string> out;
  for (const auto& d : check::compare(a, b, "http://host/"))
    out.push_back(d.path + ": " + d.contrast("JSON", "XML"));
  return out;
}

TEST(Parity, TheSameResourceInBothFormatsIsEqual) {
  auto a = json(R"({"rel":"r","b":false,"s":"x","l":["1","2"],"e":null,
                    "_links":{"self":{"href":"/r"},"p":[{"href":"/1"},{"href":"/2","title":"T"}]},
                    "_embedded":{"from":{"rel":"participant","n":"J","_links":{"self":{"href":"/p"}}}}})");
  auto b = xml(
      R"(<link rel="p" href="http://host/2" title="T"/><link rel="p" href="/1"/>)"
      R"(<property name="b">FALSE</property><property name="s">x</property><property name="e"/>)"
      R"(<propertyList name="l"><item>1</item><item>2</item></propertyList>)"
      R"(<resource rel="from" href="/p"><property name="n">J</property></resource>)");
  EXPECT_TRUE(differences(a, b).empty()) << differences(a, b).at(0);
}

TEST(Parity, NamesBothSidesOfAPropertyDifference) {
  auto d =
      differences(json(R"({"rel":"r","subject":"Q3","_links":{"self":{"href":"/r"}}})"), xml(""));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0], "property subject: JSON \"Q3\" vs XML absent");
}

TEST(Parity, ABooleanIsNotTheWordTrueAsAString) {
  auto d = differences(json(R"({"rel":"r","b":"yes","_links":{"self":{"href":"/r"}}})"),
                       xml(R"(<property name="b">True</property>)"));
  ASSERT_EQ(d.size(), 1u);
}

TEST(Parity, LinksAreAMultiset) {
  auto d = differences(
      json(R"({"rel":"r","_links":{"self":{"href":"/r"},"p":[{"href":"/1"},{"href":"/1"}]}})"),
      xml(R"(<link rel="p" href="/1"/>)"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0], "link p: JSON http://host/1 vs XML absent");
}

TEST(Parity, EmbeddedResourcesMatchBySelfAndCompareInside) {
  auto d = differences(
      json(R"({"rel":"r","_links":{"self":{"href":"/r"}},
               "_embedded":{"a":[{"role":"Leader","_links":{"self":{"href":"/p1"}}},{"_links":{"self":{"href":"/p2"}}}]}})"),
      xml(R"(<resource rel="a" href="/p2"/><resource rel="a" href="/p1"><property name="role">Attendee</property></resource>)"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0], "embedded a http://host/p1: property role: JSON \"Leader\" vs XML \"Attendee\"");
}

TEST(Parity, ADifferentSelfIsADifference) {
  auto d = differences(json(R"({"rel":"r","_links":{"self":{"href":"/other"}}})"), xml(""));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0], "self link: JSON http://host/other vs XML http://host/r");
}

}  // namespace
