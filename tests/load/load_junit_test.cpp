#include "load/load_junit.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "sample_record.hpp"

namespace ucwa::load {
namespace {

namespace fs = std::filesystem;

pugi::xml_document parsed(const std::string& xml) {
  pugi::xml_document document;
  const pugi::xml_parse_result result = document.load_string(xml.c_str());
  EXPECT_TRUE(result) << result.description() << "\n" << xml;
  return document;
}

std::string property(pugi::xml_node testcase, const char* name) {
  const std::string query = std::string("properties/property[@name='") + name + "']";
  return testcase.select_node(query.c_str()).node().attribute("value").as_string();
}

pugi::xml_node testcase_of(const pugi::xml_document& document, const std::string& classname) {
  const std::string query = "//testcase[@classname='" + classname + "']";
  return document.select_node(query.c_str()).node();
}

TEST(LoadJunit, OneSuiteOneTestcasePerClauseAndThreshold) {
  const LoadRecord record = testing::sample_record(1);
  const auto document = parsed(write_load_junit(record, false));
  const auto suite = document.child("testsuites").child("testsuite");
  EXPECT_STREQ(suite.attribute("name").as_string(), "load");
  EXPECT_EQ(document.select_nodes("//testsuite").size(), 1u);
  EXPECT_EQ(document.select_nodes("//testcase").size(), 5u);
  EXPECT_EQ(suite.attribute("tests").as_int(), 5);
  // LOAD-1 (MUST) and max-p99-ms fail; AVI-PROP-9 (SHOULD) only warns without --strict.
  EXPECT_EQ(suite.attribute("failures").as_int(), 2);
  EXPECT_EQ(suite.attribute("skipped").as_int(), 0);

  const auto echo = testcase_of(document, "Load.LOAD-1");
  EXPECT_EQ(std::string(echo.attribute("name").as_string()),
            "LOAD-1 The operationId echoed is the escalation's own, not another's in flight.");
  EXPECT_EQ(property(echo, "clause"), "LOAD-1");
  EXPECT_EQ(property(echo, "level"), "MUST");
  EXPECT_EQ(property(echo, "source"), "UCWA/escalateAudioVideo_ref.md");
  const auto failure = echo.child("failure");
  EXPECT_STREQ(failure.attribute("type").as_string(), "MUST");
  EXPECT_STREQ(failure.attribute("message").as_string(), "[MUST] violated in 3 of 200 escalations");
  const std::string text = failure.text().as_string();
  EXPECT_NE(text.find("Example 1 of 3: escalation op-runner-1-0, given what belongs to escalation "
                      "op-runner-1-1"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("curl -X POST 'http://127.0.0.1:8443/x' <&>"), std::string::npos) << text;
  EXPECT_NE(text.find("Example 3 of 3: escalation op-runner-1-20"), std::string::npos) << text;

  const auto held = testcase_of(document, "Load.ESC-RESP-1");
  EXPECT_FALSE(held.child("failure"));
  EXPECT_EQ(property(held, "verdict"), "passed");

  const auto should = testcase_of(document, "Load.AVI-PROP-9");
  EXPECT_FALSE(should.child("failure"));
  EXPECT_NE(std::string(should.child("system-out").text().as_string()).find("WARNING: [SHOULD]"),
            std::string::npos);
}

TEST(LoadJunit, StrictFailsTheViolatedShould) {
  const auto document = parsed(write_load_junit(testing::sample_record(1), true));
  const auto should = testcase_of(document, "Load.AVI-PROP-9");
  EXPECT_STREQ(should.child("failure").attribute("type").as_string(), "SHOULD");
  EXPECT_EQ(document.child("testsuites").child("testsuite").attribute("failures").as_int(), 3);
}

TEST(LoadJunit, ThresholdsAreTestcasesWithLimitAndObserved) {
  LoadRecord record = testing::sample_record(1);
  record.thresholds = {{.name = "max-p99-ms", .limit = 0.001, .observed = 12.5},
                       {.name = "max-error-rate", .limit = 0.5, .observed = 0.25}};
  const auto document = parsed(write_load_junit(record, false));
  const auto p99 = document.select_node("//testcase[@name='max-p99-ms']").node();
  EXPECT_STREQ(p99.attribute("classname").as_string(), "Load.Threshold");
  EXPECT_STREQ(p99.child("failure").attribute("type").as_string(), "threshold");
  EXPECT_STREQ(p99.child("failure").attribute("message").as_string(),
               "observed 12.5 ms, limit 0.001 ms");
  EXPECT_EQ(property(p99, "limit"), "0.001 ms");
  const auto rate = document.select_node("//testcase[@name='max-error-rate']").node();
  EXPECT_FALSE(rate.child("failure"));
  EXPECT_EQ(property(rate, "observed"), "0.25");
}

TEST(LoadJunit, AClauseNothingReachedIsSkipped) {
  LoadRecord record;
  ClauseTally tally;
  tally.clause = "EVT-1";
  tally.level = "MUST";
  record.clauses = {tally};
  const auto document = parsed(write_load_junit(record, false));
  EXPECT_STREQ(testcase_of(document, "Load.EVT-1").child("skipped").attribute("type").as_string(),
               "not-judged");
  EXPECT_EQ(document.child("testsuites").attribute("skipped").as_int(), 1);
}

TEST(LoadJunit, HostileBytesStayWellFormed) {
  LoadRecord record = testing::sample_record(1);
  record.target = std::string("http://x/\0\x01]]>", 14);
  record.clauses[1].examples[0].evidence = std::string("\xff\xfe<!--\x1b[2J\0", 12);
  record.clauses[1].examples[0].other_escalation = "\"'&<>";
  const std::string xml = write_load_junit(record, false);
  const auto document = parsed(xml);
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);
  const std::string text = testcase_of(document, "Load.LOAD-1").child("failure").text().as_string();
  EXPECT_NE(text.find("\\xFF\\xFE<!--\\u001B[2J\\u0000"), std::string::npos) << text;
  EXPECT_NE(text.find("escalation \"'&<>"), std::string::npos) << text;
}

// xmllint's verdict on the document against the JUnit schema CI servers read.
std::string schema_problems(const std::string& xml, const std::string& name) {
  const fs::path folder = fs::path(UCWA_SCRATCH_DIR);
  fs::create_directories(folder);
  const fs::path file = folder / (name + ".xml");
  const fs::path log = folder / (name + ".log");
  std::ofstream(file) << xml;
  const std::string command = "xmllint --noout --schema '" + std::string(UCWA_JUNIT_XSD) + "' '" +
                              file.string() + "' 2>'" + log.string() + "'";
  if (std::system(command.c_str()) == 0) return "";
  std::ostringstream problems;
  problems << std::ifstream(log).rdbuf();
  return problems.str() + "(exit status not 0)";
}

TEST(LoadJunit, IsValidAgainstTheJunitSchema) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "xmllint (libxml2-utils) is not installed";
  EXPECT_EQ(schema_problems(write_load_junit(testing::sample_record(1), false), "lenient"), "");
  EXPECT_EQ(schema_problems(write_load_junit(testing::sample_record(2), true), "strict"), "");
  EXPECT_EQ(schema_problems(write_load_junit(LoadRecord{}, false), "empty"), "");
  // The check can fail: a testcase without its required name is refused.
  std::string broken = write_load_junit(testing::sample_record(1), false);
  broken.replace(broken.find("<testcase name="), 15, "<testcase nome=");
  EXPECT_NE(schema_problems(broken, "broken"), "");
}

}  // namespace
}  // namespace ucwa::load
