#include "load/load_junit.hpp"

#include <pugixml.hpp>
#include <sstream>

#include "load/verdict.hpp"
#include "text/visible.hpp"

namespace ucwa::load {
namespace {

// Every attribute and text goes through text::visible: well-formed XML whatever a server sent.
void set(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name) = text::visible(value).c_str();
}
void set_text(pugi::xml_node node, const std::string& value) {
  node.text().set(text::visible(value).c_str());
}

void add_property(pugi::xml_node properties, const std::string& name, const std::string& value) {
  auto property = properties.append_child("property");
  set(property, "name", name);
  set(property, "value", value);
}

std::string seconds_text(double seconds) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(3);
  out << seconds;
  return out.str();
}

// The failure's text: its line, then each example with both escalations named.
std::string examples_text(const LoadCase& judged) {
  std::string text = judged.message + "\n";
  const auto& examples = judged.clause->examples;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const Example& example = examples[i];
    text += "\nExample " + std::to_string(i + 1) + " of " +
            std::to_string(judged.clause->violated) + ": escalation " + example.escalation;
    if (!example.other_escalation.empty())
      text += ", given what belongs to escalation " + example.other_escalation;
    text += "\n" + example.message + "\n";
    if (!example.evidence.empty()) text += example.evidence + "\n";
  }
  return text;
}

void write_clause(pugi::xml_node testcase, const LoadCase& judged) {
  const ClauseTally& tally = *judged.clause;
  auto properties = testcase.append_child("properties");
  add_property(properties, "clause", tally.clause);
  add_property(properties, "level", tally.level);
  add_property(properties, "source", tally.source);
  add_property(properties, "judged", std::to_string(tally.judged));
  add_property(properties, "violated", std::to_string(tally.violated));
  add_property(properties, "verdict", std::string(to_string(judged.outcome)));
  switch (judged.outcome) {
    case CaseOutcome::failed: {
      auto failure = testcase.append_child("failure");
      set(failure, "type", tally.level);
      set(failure, "message", judged.message);
      set_text(failure, examples_text(judged));
      break;
    }
    case CaseOutcome::warned:
      set_text(testcase.append_child("system-out"), "WARNING: " + examples_text(judged));
      break;
    case CaseOutcome::skipped: {
      auto skipped = testcase.append_child("skipped");
      set(skipped, "type", "not-judged");
      set(skipped, "message", judged.message);
      break;
    }
    case CaseOutcome::passed:
      break;
  }
}

void write_threshold(pugi::xml_node testcase, const LoadCase& judged) {
  const Threshold& threshold = *judged.threshold;
  auto properties = testcase.append_child("properties");
  add_property(properties, "limit", threshold_figure(threshold, threshold.limit));
  add_property(properties, "observed", threshold_figure(threshold, threshold.observed));
  add_property(properties, "verdict", std::string(to_string(judged.outcome)));
  if (judged.outcome == CaseOutcome::failed) {
    auto failure = testcase.append_child("failure");
    set(failure, "type", "threshold");
    set(failure, "message", judged.message);
    set_text(failure, "--" + threshold.name + " " + judged.message + "\n");
  }
}

}  // namespace

std::string write_load_junit(const LoadRecord& record, bool strict) {
  const std::vector<LoadCase> cases = load_cases(record, strict);
  const LoadVerdict verdict = judge(record, strict);
  const std::string tests = std::to_string(cases.size());
  const std::string failures = std::to_string(verdict.failed);
  const std::string skipped = std::to_string(verdict.skipped);

  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  auto suites = document.append_child("testsuites");
  set(suites, "name", "ucwa-conform load");
  set(suites, "tests", tests);
  set(suites, "failures", failures);
  set(suites, "errors", "0");
  set(suites, "skipped", skipped);
  set(suites, "time", seconds_text(record.duration_seconds));

  auto suite = suites.append_child("testsuite");
  set(suite, "name", "load");
  set(suite, "tests", tests);
  set(suite, "failures", failures);
  set(suite, "errors", "0");
  set(suite, "skipped", skipped);
  set(suite, "time", seconds_text(record.duration_seconds));
  auto properties = suite.append_child("properties");
  add_property(properties, "harness.version", record.tool_version);
  add_property(properties, "target", record.target);
  std::string machines;
  for (const std::string& machine : record.machines)
    machines += (machines.empty() ? "" : ", ") + machine;
  add_property(properties, "machines", machines);
  add_property(properties, "concurrency", std::to_string(record.concurrency));
  add_property(properties, "escalations", std::to_string(record.escalations));
  add_property(properties, "option.strict", strict ? "true" : "false");

  for (const LoadCase& judged : cases) {
    auto testcase = suite.append_child("testcase");
    set(testcase, "name", judged.name);
    set(testcase, "classname", judged.classname);
    if (judged.clause) {
      write_clause(testcase, judged);
    } else {
      write_threshold(testcase, judged);
    }
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace ucwa::load
