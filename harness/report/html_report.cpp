#include "report/html_report.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "text/ascii.hpp"
#include "text/visible.hpp"

namespace ucwa::report {

namespace {

// Every text the page shows goes through here: text::visible, then HTML's special characters as
// entities, so nothing a server or a summary.json holds can open a tag, a comment or a script.
std::string escaped(const std::string& raw) {
  std::string out;
  for (const char c : text::visible(raw)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string total(const char* id, const char* label, int value, const std::string& detail = {}) {
  return "<div class=\"total " + std::string(id) + "\"><span id=\"total-" + id + "\">" +
         std::to_string(value) + "</span> " + label + (detail.empty() ? "" : " " + detail) +
         "</div>";
}

// "AVI-PROP-9" before "AVI-PROP-10": digits compare as numbers.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (text::is_digit(a[i]) && text::is_digit(b[j])) {
      std::size_t end_a = i, end_b = j;
      while (end_a < a.size() && text::is_digit(a[end_a])) ++end_a;
      while (end_b < b.size() && text::is_digit(b[end_b])) ++end_b;
      const std::string digits_a = a.substr(i, end_a - i), digits_b = b.substr(j, end_b - j);
      if (digits_a.size() != digits_b.size()) return digits_a.size() < digits_b.size();
      if (digits_a != digits_b) return digits_a < digits_b;
      i = end_a;
      j = end_b;
      continue;
    }
    if (a[i] != b[j]) return a[i] < b[j];
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

std::string totals_html(const Totals& totals) {
  std::string skipped_detail = "(" + std::to_string(totals.absent) + " absent, " +
                               std::to_string(totals.not_provoked) + " not provoked)";
  return "<div class=\"totals\">" + total("tests", "tests", totals.tests) + " = " +
         total("pass", "passed", totals.passed,
               "(" + std::to_string(totals.warned) + " with warnings)") +
         " + " + total("fail", "failed", totals.failed) + " + " +
         total("error", "errors", totals.errors) + " + " +
         total("skip", "skipped", totals.skipped, skipped_detail) + " + " +
         total("waived", "waived", totals.waived) + "</div>";
}

// One row per clause, each format showing its worst test.
std::string matrix_html(const RunRecord& run) {
  struct Row {
    std::string level;
    std::map<std::string, Status> worst;  // format -> worst status
  };
  std::map<std::string, Row, bool (*)(const std::string&, const std::string&)> rows(natural_less);
  for (const TestRecord& test : run.tests) {
    Row& row = rows[test.clause];
    row.level = test.level;
    auto [at, fresh] = row.worst.emplace(test.format, test.status);
    if (!fresh && worse(test.status, at->second)) at->second = test.status;
  }
  std::string html =
      "<table><thead><tr><th>Clause</th><th>Level</th><th>JSON</th><th>XML</th></tr></thead>"
      "<tbody id=\"matrix\">";
  for (const auto& [clause, row] : rows) {
    html += "<tr><td>" + escaped(clause) + "</td><td>" + escaped(row.level) + "</td>";
    for (const char* format : {"Json", "Xml"}) {
      auto found = row.worst.find(format);
      const std::string status =
          found == row.worst.end() ? "" : std::string(to_string(found->second));
      html += "<td class=\"" + status + "\">" + (status.empty() ? "-" : status) + "</td>";
    }
    html += "</tr>";
  }
  return html + "</tbody></table>";
}

// Every test, worst first.
std::string tests_html(const RunRecord& run) {
  std::vector<const TestRecord*> ordered;
  for (const TestRecord& test : run.tests) ordered.push_back(&test);
  std::stable_sort(ordered.begin(), ordered.end(), [](const TestRecord* a, const TestRecord* b) {
    if (a->status != b->status) return worse(a->status, b->status);
    return a->name() < b->name();
  });
  std::string html = "<div id=\"tests\">";
  for (const TestRecord* test : ordered) {
    const std::string status(to_string(test->status));
    std::string label = text::uppercase(status);
    if (!test->kind.empty()) label += " (" + test->kind + ")";
    html += "<div class=\"test " + status + "\" data-status=\"" + status + "\" data-area=\"" +
            escaped(test->area) + "\"><h3>" + escaped(label) + " " + escaped(test->name()) +
            " <small>" + escaped(test->clause) + " " + escaped(test->level) + "</small></h3>";
    if (!test->message.empty()) html += "<pre>" + escaped(test->message) + "</pre>";
    if (!test->evidence.empty())
      html += "<details><summary>evidence</summary><pre>" + escaped(test->evidence) +
              "</pre></details>";
    html += "</div>";
  }
  return html + "</div>";
}

std::string filters_html(const RunRecord& run) {
  std::set<std::string> areas;
  for (const TestRecord& test : run.tests) areas.insert(test.area);
  std::string html =
      "<div class=\"controls\" id=\"controls\" hidden>Verdict <select id=\"verdict\"><option "
      "value=\"\">all</option>";
  for (const char* status : {"fail", "error", "waived", "warn", "skip", "pass"})
    html += "<option>" + std::string(status) + "</option>";
  html += "</select> Area <select id=\"area\"><option value=\"\">all</option>";
  for (const std::string& area : areas) html += "<option>" + escaped(area) + "</option>";
  return html + "</select> <span id=\"shown\">" + std::to_string(run.tests.size()) +
         "</span> shown</div>";
}

constexpr const char* kStyle = R"(
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .2em}.meta{color:#555;margin-bottom:1em}
.totals{display:flex;gap:.6em;flex-wrap:wrap;align-items:center;margin-bottom:1em}
.total{padding:.5em .9em;border-radius:6px;background:#eee;font-size:1.05em}
.total span{font-weight:bold;font-size:1.3em}
.pass{background:#cdeccd}.warn{background:#fbe7b5}.fail{background:#f6c1c1}
.error{background:#e7c6f0}.skip{background:#e3e3e3}.waived{background:#c9def5}
.tests{background:#eee}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:2px 6px}
th{background:#f4f4f4;text-align:left}
.controls{margin:1em 0}.test{border:1px solid #ccc;border-radius:6px;margin:.4em 0;padding:.4em .7em}
.test h3{font-size:.95em;margin:0}.test pre{white-space:pre-wrap;font-size:.8em;max-height:30em;overflow:auto}
.columns{display:flex;gap:2em;align-items:flex-start;flex-wrap:wrap}.list{flex:1;min-width:30em}
)";

// Filtering only: the page is complete without it, and it orders nothing.
constexpr const char* kScript = R"(
const verdict = document.getElementById('verdict'), area = document.getElementById('area');
function filter() {
  let shown = 0;
  for (const test of document.querySelectorAll('#tests .test')) {
    test.hidden = (verdict.value && test.dataset.status !== verdict.value) ||
                  (area.value && test.dataset.area !== area.value);
    if (!test.hidden) ++shown;
  }
  document.getElementById('shown').textContent = shown;
}
verdict.onchange = area.onchange = filter;
document.getElementById('controls').hidden = false;
)";

}  // namespace

std::string html_report(const RunRecord& run) {
  const Totals totals = totals_of(run);
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
  html += "<title>ucwa-conform report</title><style>" + std::string(kStyle) + "</style></head>";
  html += "<body><h1>ucwa-conform: escalateAudioVideo conformance</h1>";
  html += "<div class=\"meta\">target " + escaped(run.target) + " &middot; started " +
          escaped(run.started) + " &middot; harness " + escaped(run.harness_version) + "</div>";
  html += totals_html(totals);
  if (!run.stale_waivers.empty() || !run.expired_waivers.empty()) {
    html += "<p>";
    for (const auto& waiver : run.stale_waivers)
      html += "Stale waiver " + escaped(waiver.ticket) + " (its tests pass now). ";
    for (const auto& waiver : run.expired_waivers)
      html += "Expired waiver " + escaped(waiver.ticket) + " (" + escaped(waiver.expires) + "). ";
    html += "</p>";
  }
  html += "<div class=\"columns\"><div><h2>Clauses by format</h2>" + matrix_html(run) +
          "</div><div class=\"list\"><h2>Tests</h2>" + filters_html(run) + tests_html(run) +
          "</div></div>";
  html += "<script>" + std::string(kScript) + "</script></body></html>\n";
  return html;
}

}  // namespace ucwa::report
