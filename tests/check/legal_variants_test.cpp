// Differences the documentation allows never fail: for each legal variant of the full
// conformant sample, in JSON and XML, no clause of the catalogue is violated.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <ranges>
#include <regex>
#include <sstream>

#include "check/evaluate.hpp"
#include "contract/catalogue.hpp"
#include "invitation_samples.hpp"

namespace {

using namespace ucwa;
using model::Format;
using samples::replaced_all;

struct Variant {
  const char* name;
  // The body in that format, and the Content-Type it is served with.
  std::string (*body)(Format);
  std::string (*content_type)(Format) = samples::content_type;
};

std::string xml_edited(void (*edit)(pugi::xml_node)) {
  pugi::xml_document document;
  std::string text = samples::full_invitation_body(Format::xml);
  document.load_buffer(text.data(), text.size());
  edit(document.document_element());
  std::ostringstream out;
  document.save(out);
  return out.str();
}

std::string json_edited(void (*edit)(nlohmann::ordered_json&)) {
  auto body = nlohmann::ordered_json::parse(samples::full_invitation_body(Format::json));
  edit(body);
  return body.dump();
}

nlohmann::ordered_json reversed(const nlohmann::ordered_json& node) {
  if (!node.is_object()) return node;
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  std::vector<std::string> keys;
  for (auto it = node.begin(); it != node.end(); ++it) keys.push_back(it.key());
  for (auto key = keys.rbegin(); key != keys.rend(); ++key) out[*key] = reversed(node.at(*key));
  return out;
}

const Variant variants[] = {
    {"AbsoluteHrefs",
     [](Format f) {
       std::string body = samples::full_invitation_body(f);
       return f == Format::json
                  ? replaced_all(body, "\"/ucwa/", "\"https://fe1.contoso.com/ucwa/")
                  : replaced_all(body, "href=\"/ucwa/", "href=\"https://fe1.contoso.com/ucwa/");
     }},
    {"LowercaseXmlBooleans",
     [](Format f) {
       std::string body = samples::full_invitation_body(f);
       if (f == Format::json) return body;
       return replaced_all(replaced_all(body, ">True<", ">true<"), ">False<", ">false<");
     }},
    {"CapitalisedXmlBooleans",
     [](Format f) {
       std::string body = samples::full_invitation_body(f);
       if (f == Format::json) return body;
       return replaced_all(replaced_all(body, ">True<", ">TRUE<"), ">False<", ">FALSE<");
     }},
    {"VendorMediaTypesWithCharset", samples::full_invitation_body,
     [](Format f) {
       return std::string(f == Format::json
                              ? "application/vnd.microsoft.com.ucwa+json; charset=utf-8"
                              : "application/vnd.microsoft.com.ucwa+xml;charset=UTF-8");
     }},
    {"NoXmlRelProperty",
     [](Format f) {
       if (f == Format::json) return samples::full_invitation_body(f);
       return xml_edited([](pugi::xml_node root) {
         for (pugi::xml_node resource :
              root.select_nodes("descendant-or-self::*[local-name()='resource']") |
                  std::views::transform([](auto x) { return x.node(); })) {
           resource.remove_child(resource.find_child_by_attribute("property", "name", "rel"));
         }
       });
     }},
    {"UnknownPropertiesAndLinks",
     [](Format f) {
       if (f == Format::json) {
         return json_edited([](nlohmann::ordered_json& body) {
           body["futureProperty"] = "added in a later release";
           body["futureList"] = {"a", "b"};
           body["_links"]["futureOperation"] = {{"href", "/ucwa/v1/future"}, {"revision", "2"}};
           body["_links"]["futureList"] =
               nlohmann::ordered_json::array({{{"href", "/ucwa/v1/f/1"}}});
         });
       }
       return xml_edited([](pugi::xml_node root) {
         auto property = root.append_child("property");
         property.append_attribute("name") = "futureProperty";
         property.text() = "added in a later release";
         auto link = root.prepend_child("link");
         link.append_attribute("rel") = "futureOperation";
         link.append_attribute("href") = "/ucwa/v1/future";
         link.append_attribute("revision") = "2";
       });
     }},
    {"OtherOrder",
     [](Format f) {
       if (f == Format::json)
         return reversed(nlohmann::ordered_json::parse(samples::full_invitation_body(f))).dump();
       return xml_edited([](pugi::xml_node root) {
         // properties first, links last
         std::vector<pugi::xml_node> links;
         for (pugi::xml_node link : root.children("link")) links.push_back(link);
         for (pugi::xml_node link : links) root.append_move(link);
       });
     }},
    {"LinkTitles",
     [](Format f) {
       if (f == Format::json) {
         return json_edited([](nlohmann::ordered_json& body) {
           body["_links"]["to"]["title"] = "Joe Smith";
           body["_embedded"]["from"]["_links"]["contact"]["title"] = "Joe Smith";
         });
       }
       return xml_edited([](pugi::xml_node root) {
         root.find_child_by_attribute("link", "rel", "to").append_attribute("title") = "Joe Smith";
       });
     }},
    {"OptionalPropertiesLeftOut",
     [](Format f) {
       std::string body = samples::full_invitation_body(f);
       for (const char* name : {"address", "building", "city", "country", "zip", "locationState",
                                "bandwidthControlId", "delegator", "subject", "otherPhoneNumber"}) {
         std::regex property(f == Format::json ? "\"" + std::string(name) + "\" : \"[^\"]*\",\n"
                                               : "<property name=\"" + std::string(name) +
                                                     "\">[^<]*</property>\n");
         body = std::regex_replace(body, property, "");
       }
       return body;
     }},
    {"OtherValidEnumerationValues",
     [](Format f) {
       std::string body = samples::full_invitation_body(f);
       for (auto [from, to] :
            {std::pair{"Incoming", "Outgoing"}, std::pair{"Normal", "Emergency"},
             std::pair{"Attendee", "Unknown"}, std::pair{"SameEnterprise", "PublicCloud"}}) {
         body = replaced_all(body, std::string(from), std::string(to));
       }
       return replaced_all(replaced_all(body, "Connecting", "TeamRing"), "Connected", "TeamRing");
     }},
};

class LegalVariant : public ::testing::TestWithParam<std::tuple<Variant, Format>> {};

TEST_P(LegalVariant, ViolatesNoClause) {
  auto [variant, format] = GetParam();
  auto escalation =
      samples::answered(format, 201, variant.content_type(format), variant.body(format));
  for (const contract::Clause& clause : contract::catalogue()) {
    if (!check::judged_on_escalations(clause.id)) continue;
    auto verdict = check::evaluate(clause, escalation);
    EXPECT_NE(verdict.outcome, check::Outcome::violated)
        << clause.id << ": " << (verdict.findings.empty() ? "" : verdict.findings[0].describe());
  }
}

TEST(LegalVariants, EachChangesTheSampleItStartsFrom) {
  for (const Variant& variant : variants) {
    bool changed = false;
    for (Format format : {Format::json, Format::xml}) {
      changed = changed || variant.body(format) != samples::full_invitation_body(format) ||
                variant.content_type(format) != samples::content_type(format);
    }
    EXPECT_TRUE(changed) << variant.name << " changes nothing";
  }
}

TEST(LegalVariants, LeftOutPropertiesAreReallyGone) {
  for (Format format : {Format::json, Format::xml}) {
    std::string body = variants[8].body(format);
    ASSERT_STREQ(variants[8].name, "OptionalPropertiesLeftOut");
    EXPECT_EQ(body.find("\"subject\""), std::string::npos);
    EXPECT_EQ(body.find("name=\"subject\""), std::string::npos);
    EXPECT_EQ(body.find("\"building\""), std::string::npos);
  }
}

void PrintTo(const Variant& variant, std::ostream* out) {
  *out << variant.name;
}

std::string name_of(const ::testing::TestParamInfo<std::tuple<Variant, Format>>& info) {
  return std::string(std::get<0>(info.param).name) + "_" +
         std::string(model::to_string(std::get<1>(info.param)));
}

INSTANTIATE_TEST_SUITE_P(, LegalVariant,
                         ::testing::Combine(::testing::ValuesIn(variants),
                                            ::testing::Values(Format::json, Format::xml)),
                         name_of);

}  // namespace
