#include "representation/xml_reader.hpp"

#include <gtest/gtest.h>

namespace {

using namespace ucwa;
using representation::read_xml_reason;
using representation::read_xml_resource;

constexpr const char* ns = R"( xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa")";

std::string resource(const std::string& inner, const std::string& attributes = ns) {
  return R"(<?xml version="1.0"?><resource rel="r" href="/r")" + attributes + ">" + inner +
         "</resource>";
}

TEST(XmlReader, NotXmlIsAnErrorWithItsByteOffset) {
  auto read = read_xml_resource("<resource rel='r'><link></resource>");
  ASSERT_FALSE(read.value);
  EXPECT_EQ(read.error->location.rfind("byte ", 0), 0u);
}

TEST(XmlReader, AnotherRootIsAnError) {
  auto read = read_xml_resource(std::string("<reason") + ns + "><code>x</code></reason>");
  ASSERT_FALSE(read.value);
  EXPECT_NE(read.error->message.find("<resource>"), std::string::npos);
}

TEST(XmlReader, TheSelfLinkIsTheResourceHref) {
  auto read = read_xml_resource(resource(R"(<link rel="next" href="/n" title="N"/>)"));
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.value->rel, "r");
  EXPECT_EQ(read.value->self, "/r");
  EXPECT_EQ(read.value->link("next")->links.at(0).title, "N");
  EXPECT_EQ(read.value->link("next")->multiplicity, model::Multiplicity::unstated);
}

TEST(XmlReader, ValuesAreText) {
  auto read = read_xml_resource(
      resource(R"(<property name="b">TRUE</property><property name="e"/>)"
               R"(<propertyList name="l"><item>a</item><item>b</item></propertyList>)"));
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.value->property("b")->kind, model::Value::Kind::lexical);
  EXPECT_EQ(read.value->property("b")->as_boolean(), true);
  EXPECT_EQ(read.value->property("e")->as_text(), "");
  EXPECT_EQ(read.value->property("l")->items.at(1).as_text(), "b");
}

TEST(XmlReader, RepeatedLinksMakeOneRelation) {
  auto read = read_xml_resource(resource(R"(<link rel="p" href="/1"/><link rel="p" href="/2"/>)"));
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.value->link("p")->links.size(), 2u);
}

TEST(XmlReader, EmbeddedResourcesTakeTheirTypeFromTheRelProperty) {
  auto read = read_xml_resource(
      resource(R"(<resource rel="from" href="/p/1"><property name="rel">participant</property>)"
               R"(<property name="name">Joe</property></resource>)"));
  ASSERT_TRUE(read.value);
  const model::Resource& from = read.value->embedded_relation("from")->resources.at(0);
  EXPECT_EQ(from.rel, "participant");
  EXPECT_EQ(from.self, "/p/1");
  EXPECT_EQ(from.property("rel"), nullptr);
  EXPECT_EQ(from.location, "/resource[@rel='r']/resource[@rel='from']");
}

TEST(XmlReader, APrefixedUcwaNamespaceReads) {
  auto read = read_xml_resource(
      R"(<u:resource xmlns:u="http://schemas.microsoft.com/rtc/2012/03/ucwa" rel="r" href="/r">)"
      R"(<u:property name="x">1</u:property></u:resource>)");
  ASSERT_TRUE(read.value);
  EXPECT_TRUE(read.defects.empty());
  EXPECT_EQ(read.value->property("x")->as_text(), "1");
}

TEST(XmlReader, AnotherNamespaceIsADefect) {
  auto read = read_xml_resource(resource("", R"( xmlns="urn:other")"));
  ASSERT_TRUE(read.value);
  ASSERT_EQ(read.defects.size(), 1u);
  EXPECT_NE(read.defects[0].message.find("namespace"), std::string::npos);
}

TEST(XmlReader, ASelfLinkElementIsADefect) {
  auto read = read_xml_resource(resource(R"(<link rel="self" href="/r"/>)"));
  ASSERT_TRUE(read.value);
  ASSERT_EQ(read.defects.size(), 1u);
  EXPECT_EQ(read.defects[0].location, "/resource[@rel='r']/link[@rel='self']");
}

TEST(XmlReader, ReadsAnErrorBody) {
  auto read =
      read_xml_reason(std::string("<reason") + ns +
                      "><code>Conflict</code><subcode>AlreadyExists</subcode>"
                      "<message>m</message><debugInfo/><parameters>"
                      "<property name=\"operationId\">bad</property></parameters></reason>");
  ASSERT_TRUE(read.value);
  EXPECT_TRUE(read.defects.empty());
  EXPECT_EQ(read.value->code, "Conflict");
  EXPECT_EQ(read.value->subcode, "AlreadyExists");
  EXPECT_EQ(read.value->parameters.at("operationId").as_text(), "bad");
}

TEST(XmlReader, AnErrorBodyWithAnotherRootIsAnError) {
  auto read = read_xml_reason(std::string("<error") + ns + "><code>Conflict</code></error>");
  EXPECT_FALSE(read.value);
}

}  // namespace
