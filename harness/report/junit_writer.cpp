#include "report/junit_writer.hpp"

#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "text/visible.hpp"

namespace ucwa::report {

namespace {

// Every attribute and text of the document goes through these two: text::visible keeps the
// XML well-formed whatever bytes the server sent (a NUL no longer ends the text either).
void set(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name) = text::visible(value).c_str();
}
void set_text(pugi::xml_node node, const std::string& value) {
  node.text().set(text::visible(value).c_str());
}

std::string seconds_text(double seconds) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(3);
  out << seconds;
  return out.str();
}

void add_property(pugi::xml_node properties, const std::string& name, const std::string& value) {
  auto property = properties.append_child("property");
  set(property, "name", name);
  set(property, "value", value);
}

void write_testcase(pugi::xml_node suite, const TestRecord& test) {
  auto testcase = suite.append_child("testcase");
  set(testcase, "name", test.promise + "/" + test.format);
  set(testcase, "classname", test.area);
  set(testcase, "time", seconds_text(test.seconds));
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
      set(failure, "type", test.kind);
      set(failure, "message", first_line);
      set_text(failure, test.message);
      break;
    }
    case Status::error: {
      auto error = testcase.append_child("error");
      set(error, "type", test.kind);
      set(error, "message", first_line);
      set_text(error, test.message);
      break;
    }
    case Status::skip: {
      auto skipped = testcase.append_child("skipped");
      set(skipped, "type", test.kind);
      set(skipped, "message", test.message);
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
  if (!test.replay.empty()) out += "Replay: " + test.replay + "\n";
  if (!out.empty()) set_text(testcase.append_child("system-out"), out);
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
  set(suites, "time", seconds_text(run.seconds));
  set(suites, "timestamp", run.started);

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
    set(suite, "name", area);
    suite.append_attribute("tests") = totals.tests;
    suite.append_attribute("failures") = totals.failed;
    suite.append_attribute("errors") = totals.errors;
    suite.append_attribute("skipped") = totals.skipped;
    set(suite, "time", seconds_text(seconds));
    set(suite, "timestamp", run.started);
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
