#include "report/junit_writer.hpp"

#include <map>
#include <pugixml.hpp>
#include <sstream>

namespace ucwa::report {

namespace {

std::string seconds_text(double seconds) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(3);
  out << seconds;
  return out.str();
}

void add_property(pugi::xml_node properties, const std::string& name, const std::string& value) {
  auto property = properties.append_child("property");
  property.append_attribute("name") = name.c_str();
  property.append_attribute("value") = value.c_str();
}

void write_testcase(pugi::xml_node suite, const TestRecord& test) {
  auto testcase = suite.append_child("testcase");
  testcase.append_attribute("name") = (test.promise + "/" + test.format).c_str();
  testcase.append_attribute("classname") = test.area.c_str();
  testcase.append_attribute("time") = seconds_text(test.seconds).c_str();
  auto properties = testcase.append_child("properties");
  add_property(properties, "clause", test.clause);
  add_property(properties, "level", test.level);
  add_property(properties, "source", test.source);
  add_property(properties, "format", test.format);
  add_property(properties, "verdict", std::string(to_string(test.status)));
  if (test.waiver) {
    add_property(properties, "waiver.ticket", test.waiver->ticket);
    add_property(properties, "waiver.expires", test.waiver->expires);
    add_property(properties, "waiver.reason", test.waiver->reason);
  }
  const auto first_line = test.message.substr(0, test.message.find('\n'));
  switch (test.status) {
    case Status::fail: {
      auto failure = testcase.append_child("failure");
      failure.append_attribute("type") = test.kind.c_str();
      failure.append_attribute("message") = first_line.c_str();
      failure.text().set(test.message.c_str());
      break;
    }
    case Status::error: {
      auto error = testcase.append_child("error");
      error.append_attribute("type") = test.kind.c_str();
      error.append_attribute("message") = first_line.c_str();
      error.text().set(test.message.c_str());
      break;
    }
    case Status::skip: {
      auto skipped = testcase.append_child("skipped");
      skipped.append_attribute("type") = test.kind.c_str();
      skipped.append_attribute("message") = test.message.c_str();
      break;
    }
    default:
      break;
  }
  std::string out = test.evidence;
  if (test.status == Status::warn || test.status == Status::waived)
    out = std::string(test.status == Status::warn ? "WARNING: " : "WAIVED FAILURE: ") +
          test.message + "\n\n" + out;
  if (!test.har.empty()) out += "HAR: " + test.har + "\n";
  if (!out.empty()) testcase.append_child("system-out").text().set(out.c_str());
}

}  // namespace

std::string junit_xml(const RunRecord& run) {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  auto suites = document.append_child("testsuites");
  const Totals all = totals_of(run);
  suites.append_attribute("name") = "ucwa-conform";
  suites.append_attribute("tests") = all.tests;
  suites.append_attribute("failures") = all.failed;
  suites.append_attribute("errors") = all.errors;
  suites.append_attribute("skipped") = all.skipped;
  suites.append_attribute("time") = seconds_text(run.seconds).c_str();
  suites.append_attribute("timestamp") = run.started.c_str();

  std::map<std::string, RunRecord> areas;  // each area's tests, in the order they ran
  std::vector<std::string> order;
  for (const TestRecord& test : run.tests) {
    if (!areas.count(test.area)) order.push_back(test.area);
    areas[test.area].tests.push_back(test);
  }
  for (const std::string& area : order) {
    const RunRecord& part = areas[area];
    const Totals totals = totals_of(part);
    double seconds = 0;
    for (const auto& test : part.tests) seconds += test.seconds;
    auto suite = suites.append_child("testsuite");
    suite.append_attribute("name") = area.c_str();
    suite.append_attribute("tests") = totals.tests;
    suite.append_attribute("failures") = totals.failed;
    suite.append_attribute("errors") = totals.errors;
    suite.append_attribute("skipped") = totals.skipped;
    suite.append_attribute("time") = seconds_text(seconds).c_str();
    suite.append_attribute("timestamp") = run.started.c_str();
    auto properties = suite.append_child("properties");
    add_property(properties, "harness.version", run.harness_version);
    add_property(properties, "target", run.target);
    add_property(properties, "start.time", run.started);
    for (const auto& [option, value] : run.options)
      add_property(properties, "option." + option, value);
    for (const TestRecord& test : part.tests) write_testcase(suite, test);
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace ucwa::report
