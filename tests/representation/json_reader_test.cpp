#include "representation/json_reader.hpp"

#include <gtest/gtest.h>

namespace {

using namespace ucwa;
using representation::read_json_reason;
using representation::read_json_resource;

TEST(JsonReader, NotJsonIsAnErrorWithItsByteOffset) {
  auto read = read_json_resource(R"({"rel": "x",)");
  ASSERT_FALSE(read.value);
  EXPECT_EQ(read.error->location.rfind("byte ", 0), 0u) << read.error->location;
}

TEST(JsonReader, TopLevelMustBeAnObject) {
  auto read = read_json_resource("[1, 2]");
  ASSERT_FALSE(read.value);
  EXPECT_NE(read.error->message.find("object"), std::string::npos);
}

TEST(JsonReader, ReadsTypedValues) {
  auto read = read_json_resource(
      R"({"rel":"r","s":"text","b":true,"n":12,"z":null,"l":["a","b"],"_links":{"self":{"href":"/r"}}})");
  ASSERT_TRUE(read.value);
  const model::Resource& r = *read.value;
  EXPECT_EQ(r.property("s")->kind, model::Value::Kind::string);
  EXPECT_EQ(r.property("b")->as_boolean(), true);
  EXPECT_EQ(r.property("n")->kind, model::Value::Kind::number);
  EXPECT_EQ(r.property("z")->kind, model::Value::Kind::null);
  EXPECT_EQ(r.property("l")->items.size(), 2u);
  EXPECT_EQ(r.self, "/r");
  EXPECT_EQ(r.property("rel"), nullptr);
}

TEST(JsonReader, AStringTrueIsNotABoolean) {
  auto read = read_json_resource(R"({"b":"true"})");
  ASSERT_TRUE(read.value);
  EXPECT_FALSE(read.value->property("b")->as_boolean());
}

TEST(JsonReader, KeepsWhetherARelationIsAList) {
  auto read = read_json_resource(
      R"({"_links":{"one":{"href":"/1","title":"One"},"many":[{"href":"/2"}]},
          "_embedded":{"single":{"rel":"p"},"list":[{"rel":"p"},{"rel":"p"}]}})");
  ASSERT_TRUE(read.value);
  const model::Resource& r = *read.value;
  EXPECT_EQ(r.link("one")->multiplicity, model::Multiplicity::single);
  EXPECT_EQ(r.link("one")->links.at(0).title, "One");
  EXPECT_EQ(r.link("many")->multiplicity, model::Multiplicity::list);
  EXPECT_EQ(r.embedded_relation("single")->multiplicity, model::Multiplicity::single);
  EXPECT_EQ(r.embedded_relation("list")->resources.size(), 2u);
  EXPECT_EQ(r.embedded_relation("list")->resources[1].location, "/_embedded/list/1");
}

TEST(JsonReader, BadShapesAreDefectsWithTheirPointer) {
  auto read =
      read_json_resource(R"({"rel":"r","_links":{"self":{"href":7},"x":"y"},"_embedded":3})");
  ASSERT_TRUE(read.value);
  ASSERT_EQ(read.defects.size(), 3u);
  EXPECT_EQ(read.defects[0].location, "/_embedded");
  EXPECT_EQ(read.defects[1].location, "/_links/self/href");
  EXPECT_EQ(read.defects[2].location, "/_links/x");
  EXPECT_FALSE(read.value->self);
}

TEST(JsonReader, ReadsAnErrorBody) {
  auto read = read_json_reason(
      R"({"code":"BadRequest","subcode":"ParameterValidationFailure","message":"m",
          "debugInfo":{"diagnosticsCode":"2"},"parameters":{"operationId":"too long"}})");
  ASSERT_TRUE(read.value);
  EXPECT_EQ(read.value->code, "BadRequest");
  EXPECT_EQ(read.value->subcode, "ParameterValidationFailure");
  EXPECT_EQ(read.value->debug_info.at("diagnosticsCode").as_text(), "2");
  EXPECT_EQ(read.value->parameters.size(), 1u);
}

TEST(JsonReader, AnErrorBodyWithoutCodeReadsWithNoCode) {
  auto read = read_json_reason(R"({"message":"no code"})");
  ASSERT_TRUE(read.value);
  EXPECT_FALSE(read.value->code);
}

}  // namespace
