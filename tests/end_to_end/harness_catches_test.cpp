// ucwa-conform itself, run against a canned target serving the documentation's sample: with
// nothing changed every test passes; with one member broken exactly that member's tests fail,
// naming it; with a legal variant every test passes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "canned_target.hpp"
#include "contract/catalogue.hpp"
#include "member_breakers.hpp"

namespace {

using namespace ucwa;
using model::Format;
using samples::CannedTarget;

struct ConformRun {
  int status = -1;
  std::set<std::string> failed;  // "AVI-PROP-18/Json": clause and format of each failed test
  std::map<std::string, std::string> messages;
  int skipped = 0;
  std::set<std::string> warned;  // clause/format of each test that passed with a warning
  std::string output;
};

ConformRun run_against(CannedTarget& target, bool strict = false) {
  auto folder =
      std::filesystem::temp_directory_path() / ("ucwa-canned-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const auto junit = folder / "junit.xml";
  const auto output = folder / "output.txt";
  std::string command = std::string("'") + UCWA_CONFORM_PATH + "' --target " + target.base_url() +
                        " --token t" + (strict ? " --strict" : "") + " --junit '" + junit.string() +
                        "' >'" + output.string() + "' 2>&1";
  ConformRun run;
  int raw = std::system(command.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream out(output);
  std::stringstream text;
  text << out.rdbuf();
  run.output = text.str();
  pugi::xml_document report;
  report.load_file(junit.c_str());
  for (auto testcase : report.select_nodes("//testcase")) {
    pugi::xml_node node = testcase.node();
    std::string clause =
        node.select_node("properties/property[@name='clause']").node().attribute("value").value();
    std::string format =
        node.select_node("properties/property[@name='format']").node().attribute("value").value();
    if (node.child("failure")) {
      run.failed.insert(clause + "/" + format);
      run.messages[clause + "/" + format] = node.child("failure").attribute("message").value();
    }
    if (node.child("skipped")) ++run.skipped;
    if (node.select_node("properties/property[@name='verdict'][@value='warn']"))
      run.warned.insert(clause + "/" + format);
  }
  std::filesystem::remove_all(folder);
  return run;
}

std::string listed(const std::set<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text.empty() ? "(none)" : text;
}

TEST(HarnessCatches, NothingOnTheDocumentationsOwnSample) {
  CannedTarget target({});
  ConformRun run = run_against(target);
  EXPECT_EQ(run.status, 0) << run.output.substr(run.output.size() > 3000 ? run.output.size() - 3000
                                                                         : 0);
  EXPECT_TRUE(run.failed.empty()) << listed(run.failed);
  EXPECT_EQ(run.skipped, 0);
}

// Breaking these members necessarily breaks more, and only that.
const std::map<std::string_view, std::set<std::string>> inherent_overlaps{
    {"AVI-PROP-14", {"AVI-ECHO-1"}},  // an operationId past 50 characters is not the one sent
    {"AVI-PROP-16", {"AVI-ECHO-2"}},  // likewise sessionContext
    {"AVI-LINK-2", {"AVI-PROP-6"}},   // the customContent link is the customContent property
    {"AVI-LINK-3", {"AVI-PROP-13"}},  // the mediaOffer link is the mediaOffer property
    {"AVI-LINK-7", {"RES-2"}},        // a broken audioVideo link cannot be followed
    {"AVI-LINK-9", {"RES-1"}},        // a broken conversation link cannot be followed
};

class BrokenMember : public ::testing::TestWithParam<samples::Member> {};

bool is_should(std::string_view clause_id) {
  return contract::find_clause(clause_id)->level == contract::Level::should;
}

// SHOULD-level findings fail only under --strict; without it they warn, and the run passes.
TEST_P(BrokenMember, FailsExactlyItsOwnTests) {
  const samples::Member member = GetParam();
  CannedTarget target({[member](const std::string& body, Format format, const std::string&) {
    return format == Format::json ? samples::break_json(body, member)
                                  : samples::break_xml(body, member);
  }});
  if (is_should(member.clause)) {
    ConformRun lenient = run_against(target);
    EXPECT_EQ(lenient.status, 0) << "a SHOULD finding failed a run without --strict";
    EXPECT_TRUE(lenient.warned.count(std::string(member.clause) + "/Json"))
        << listed(lenient.warned);
  }
  ConformRun run = run_against(target, is_should(member.clause));
  std::set<std::string> expected{std::string(member.clause) + "/Json"};
  if (samples::breaks_in_xml(member)) expected.insert(std::string(member.clause) + "/Xml");
  if (auto overlap = inherent_overlaps.find(member.clause); overlap != inherent_overlaps.end()) {
    for (const std::string& clause : overlap->second) {
      expected.insert(clause + "/Json");
      expected.insert(clause + "/Xml");
    }
  }
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.failed, expected) << "failed: " << listed(run.failed)
                                  << "\nexpected: " << listed(expected);
  const std::string own = std::string(member.clause) + "/Json";
  EXPECT_NE(run.messages[own].find(member.name()), std::string::npos)
      << "the finding does not name " << member.name() << ": " << run.messages[own];
}

INSTANTIATE_TEST_SUITE_P(, BrokenMember, ::testing::ValuesIn(samples::described_members()),
                         [](const ::testing::TestParamInfo<samples::Member>& member) {
                           std::string name(member.param.clause);
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

std::string replaced_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

TEST(HarnessPasses, AbsoluteHrefs) {
  CannedTarget target({[](const std::string& body, Format format, const std::string& base) {
    return format == Format::json
               ? replaced_all(body, "\"/ucwa/", "\"" + base + "/ucwa/")
               : replaced_all(body, "href=\"/ucwa/", "href=\"" + base + "/ucwa/");
  }});
  ConformRun run = run_against(target);
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(run.failed.empty()) << listed(run.failed);
}

TEST(HarnessPasses, LowercaseXmlBooleansWithoutRelProperties) {
  CannedTarget target({[](const std::string& body, Format format, const std::string&) {
    if (format == Format::json) return body;
    std::string xml = replaced_all(replaced_all(body, ">True<", ">true<"), ">False<", ">false<");
    for (const char* rel :
         {"audioVideoInvitation", "participant", "startEmergencyCallParameters"}) {
      xml = replaced_all(xml, std::string("<property name=\"rel\">") + rel + "</property>", "");
    }
    return xml;
  }});
  ConformRun run = run_against(target);
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(run.failed.empty()) << listed(run.failed);
}

TEST(HarnessPasses, VendorMediaTypesWithCharset) {
  CannedTarget::Options options;
  options.json_type = "application/vnd.microsoft.com.ucwa+json;charset=utf-8";
  options.xml_type = "application/vnd.microsoft.com.ucwa+xml; charset=UTF-8";
  CannedTarget target(options);
  ConformRun run = run_against(target);
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(run.failed.empty()) << listed(run.failed);
}

TEST(HarnessPasses, UnknownExtrasAndOptionalMembersLeftOut) {
  CannedTarget target({[](const std::string& body, Format format, const std::string&) {
    if (format == Format::json) {
      std::string json = replaced_all(body, "\"subject\" : \"Strategy for next quarter\",\n", "");
      // The invitation's own _links come first in the sample; the participants' follow.
      return json.replace(
          json.find("\"_links\" : {"), std::string("\"_links\" : {").size(),
          "\"futureProperty\" : \"x\",\n\"_links\" : {\n\"futureLink\" : {\"href\" : \"/f\"},");
    }
    std::string xml =
        replaced_all(body, "<property name=\"subject\">Strategy for next quarter</property>", "");
    return replaced_all(xml, "<property name=\"address\">",
                        "<link rel=\"futureLink\" href=\"/f\"/><property "
                        "name=\"futureProperty\">x</property><property name=\"address\">");
  }});
  ConformRun run = run_against(target);
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(run.failed.empty()) << listed(run.failed);
  EXPECT_EQ(run.skipped, 2)
      << "Properties.SubjectIsStringOfAtMost250, /Json and /Xml: nothing to check\n"
      << run.output.substr(run.output.size() > 4000 ? run.output.size() - 4000 : 0);
}

}  // namespace
