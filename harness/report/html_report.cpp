#include "report/html_report.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "text/ascii.hpp"
#include "text/html.hpp"

namespace ucwa::report {

namespace {

// Every text the page shows goes through here: text::visible, then HTML's special characters as
// entities, so nothing a server or a summary.json holds can open a tag, a comment or a script.
std::string escaped(const std::string& raw) {
  return text::html_escaped(raw);
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

// The clause's source, linked to its public page when it names one.
std::string source_html(const std::string& source) {
  const std::string url = source_url(source);
  if (url.empty()) return escaped(source);
  return "<a href=\"" + escaped(url) + "\">" + escaped(source) + "</a>";
}

// One row per clause, each format showing its worst test, then the clause's sentence and source.
std::string matrix_html(const RunRecord& run) {
  struct Row {
    std::string level, sentence, source;
    std::map<std::string, Status> worst;  // format -> worst status
  };
  std::map<std::string, Row, bool (*)(const std::string&, const std::string&)> rows(natural_less);
  for (const TestRecord& test : run.tests) {
    Row& row = rows[test.clause];
    row.level = test.level;
    row.sentence = test.sentence;
    row.source = test.source;
    auto [at, fresh] = row.worst.emplace(test.format, test.status);
    if (!fresh && worse(test.status, at->second)) at->second = test.status;
  }
  std::string html =
      "<table><thead><tr><th>Clause</th><th>Level</th><th>JSON</th><th>XML</th><th>Promise "
      "(source)</th></tr></thead><tbody id=\"matrix\">";
  for (const auto& [clause, row] : rows) {
    html += "<tr><td>" + escaped(clause) + "</td><td>" + escaped(row.level) + "</td>";
    for (const char* format : {"Json", "Xml"}) {
      auto found = row.worst.find(format);
      const std::string status =
          found == row.worst.end() ? "" : std::string(to_string(found->second));
      html += "<td class=\"" + status + "\">" + (status.empty() ? "-" : status) + "</td>";
    }
    html += "<td>" + escaped(row.sentence) + (row.sentence.empty() ? "" : " ") + "(" +
            source_html(row.source) + ")</td></tr>";
  }
  return html + "</tbody></table>";
}

// The gate's word, the exit status, the duration and the target; --insecure loudly.
std::string banner_html(const RunRecord& run) {
  char duration[32];
  std::snprintf(duration, sizeof duration, "%.1f s", run.seconds);
  std::string word = run.exit_status ? std::string(gate_word(*run.exit_status)) : "UNKNOWN";
  std::string kind = text::lowercase(word);
  std::replace(kind.begin(), kind.end(), ' ', '-');
  std::string html = "<div class=\"banner " + kind + "\" id=\"banner\"><strong id=\"gate\">" +
                     escaped(word) + "</strong> &middot; " +
                     (run.exit_status ? "exit status " + std::to_string(*run.exit_status)
                                      : std::string("exit status not recorded")) +
                     " &middot; " + duration + " &middot; target " + escaped(run.target) + "</div>";
  const auto insecure = run.options.find("insecure");
  if (insecure != run.options.end() && insecure->second == "true")
    html +=
        "<p class=\"insecure\" id=\"insecure\"><strong>--insecure: TLS certificates were NOT "
        "verified; this run proves nothing about the target's identity</strong></p>";
  return html;
}

// Waived tests, and the waivers that expired or went stale, each with ticket, reason and expiry.
std::string waivers_html(const RunRecord& run) {
  std::string items;
  const auto covers = [](const Waiver& waiver) {
    return escaped(waiver.test.empty() ? "clause " + waiver.clause : waiver.test);
  };
  for (const TestRecord& test : run.tests) {
    if (test.status != Status::waived || !test.waiver) continue;
    items += "<li>WAIVED " + escaped(test.name()) + ": " + escaped(test.waiver->ticket) +
             ", until " + escaped(test.waiver->expires) + ": " + escaped(test.waiver->reason) +
             "</li>";
  }
  for (const Waiver& waiver : run.expired_waivers)
    items += "<li>EXPIRED waiver " + escaped(waiver.ticket) + " for " + covers(waiver) +
             ", expired on " + escaped(waiver.expires) + ": " + escaped(waiver.reason) +
             "; its failures gate again</li>";
  for (const Waiver& waiver : run.stale_waivers)
    items += "<li>STALE waiver " + escaped(waiver.ticket) + " for " + covers(waiver) + ", until " +
             escaped(waiver.expires) + ": " + escaped(waiver.reason) +
             "; its tests pass now: remove it</li>";
  if (items.empty()) return "";
  return "<h2>Waivers</h2><ul class=\"waivers\" id=\"waivers\">" + items + "</ul>";
}

// The failing and erring tests, one group per shared cause, the largest first.
std::string causes_html(const RunRecord& run) {
  std::map<std::string, std::vector<const TestRecord*>> groups;
  int failing = 0;
  for (const TestRecord& test : run.tests) {
    if (test.status != Status::fail && test.status != Status::error) continue;
    groups[shared_cause(test.message)].push_back(&test);
    ++failing;
  }
  std::vector<std::pair<const std::string*, std::vector<const TestRecord*>*>> ordered;
  for (auto& [cause, tests] : groups) {
    std::sort(tests.begin(), tests.end(), [](const TestRecord* a, const TestRecord* b) {
      return natural_less(a->name(), b->name());
    });
    ordered.emplace_back(&cause, &tests);
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    return a.second->size() > b.second->size();
  });
  std::string html = "<h2>Failures by cause</h2><p id=\"causes-count\">";
  if (failing == 0) return html + "No test failed or erred.</p>";
  html += std::to_string(failing) + (failing == 1 ? " test" : " tests") +
          " failed or erred: " + std::to_string(ordered.size()) +
          (ordered.size() == 1 ? " cause" : " causes") + "</p><div id=\"causes\">";
  for (const auto& [cause, tests] : ordered) {
    const std::size_t count = tests->size();
    html += "<div class=\"cause\" data-tests=\"" + std::to_string(count) + "\"><h3>" +
            std::to_string(count) + (count == 1 ? " test" : " tests") + "</h3><pre>" +
            escaped(*cause) + "</pre><ul>";
    for (const TestRecord* test : *tests)
      html += "<li>" + text::uppercase(std::string(to_string(test->status))) + " " +
              escaped(test->name()) + " <small>" + escaped(test->clause) + "</small></li>";
    html += "</ul></div>";
  }
  return html + "</div>";
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

constexpr const char* kStyle = R"(body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .2em}.meta{color:#555;margin-bottom:1em}
.banner{padding:.6em 1em;border-radius:6px;margin:.6em 0;font-size:1.2em;background:#f6c1c1}
.banner strong{font-size:1.4em}.banner.pass{background:#cdeccd}
.insecure{padding:.6em 1em;border:3px solid #b00;color:#b00;font-size:1.15em}
.totals{display:flex;gap:.6em;flex-wrap:wrap;align-items:center;margin-bottom:1em}
.total{padding:.5em .9em;border-radius:6px;background:#eee;font-size:1.05em}
.total span{font-weight:bold;font-size:1.3em}
.pass{background:#cdeccd}.warn{background:#fbe7b5}.fail{background:#f6c1c1}
.error{background:#e7c6f0}.skip{background:#e3e3e3}.waived{background:#c9def5}
.tests{background:#eee}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:2px 6px}
th{background:#f4f4f4;text-align:left}#matrix td:first-child{white-space:nowrap}
.cause{border:1px solid #d88;border-radius:6px;margin:.4em 0;padding:.4em .7em}
.cause h3{font-size:.95em;margin:0}.cause pre{white-space:pre-wrap;font-size:.85em}
.cause ul{margin:0;columns:2;font-size:.85em}
.controls{margin:1em 0}.test{border:1px solid #ccc;border-radius:6px;margin:.4em 0;padding:.4em .7em}
.test h3{font-size:.95em;margin:0}.test pre{white-space:pre-wrap;font-size:.8em;max-height:30em;overflow:auto}
)";

// Filtering only: the page is complete without it, and it orders nothing.
constexpr const char* kScript =
    R"(const verdict = document.getElementById('verdict'), area = document.getElementById('area');
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
  html +=
      "<title>ucwa-conform report</title><link rel=\"stylesheet\" href=\"index.css\">"
      "<script src=\"index.js\" defer></script></head>";
  html += "<body><h1>ucwa-conform: escalateAudioVideo conformance</h1>" + banner_html(run);
  html += "<div class=\"meta\">started " + escaped(run.started) + " &middot; harness " +
          escaped(run.harness_version) + "</div>";
  html += totals_html(totals) + waivers_html(run) + causes_html(run);
  html += "<h2>Clauses by format</h2>" + matrix_html(run) + "<h2>Tests</h2>" + filters_html(run) +
          tests_html(run);
  html += "</body></html>\n";
  return html;
}

std::vector<std::pair<std::string, std::string>> html_files(const RunRecord& run) {
  return {{"index.html", html_report(run)}, {"index.js", kScript}, {"index.css", kStyle}};
}

std::string source_url(std::string_view source) {
  const std::string_view named = source.substr(0, source.find(" ("));
  const auto all_of = [](std::string_view text, auto allowed) {
    return !text.empty() && std::all_of(text.begin(), text.end(), allowed);
  };
  constexpr std::string_view ucwa = "UCWA/";
  if (named.starts_with(ucwa) && named.ends_with(".md")) {
    const std::string_view page = named.substr(ucwa.size());
    if (!all_of(page, [](char c) {
          return text::is_alpha(c) || text::is_digit(c) || c == '_' || c == '-' || c == '.';
        }))
      return "";
    return "https://github.com/OfficeDev/skype-docs-migration/blob/master/"
           "SkypeSDK-ops-redirect/UCWA/" +
           std::string(page);
  }
  constexpr std::string_view rfc = "RFC ", section = " section ";
  if (!named.starts_with(rfc)) return "";
  const std::string_view rest = named.substr(rfc.size());
  const std::string_view number = rest.substr(0, rest.find(' '));
  if (!all_of(number, text::is_digit)) return "";
  std::string url = "https://www.rfc-editor.org/rfc/rfc" + std::string(number);
  const std::string_view after = rest.substr(number.size());
  if (after.empty()) return url;
  if (!after.starts_with(section)) return "";
  const std::string_view part = after.substr(section.size());
  if (!all_of(part, [](char c) { return text::is_digit(c) || c == '.'; })) return "";
  return url + "#section-" + std::string(part);
}

namespace {

bool starts_with_any(std::string_view line, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view prefix) { return line.starts_with(prefix); });
}

// Every quoted value written "…": the values a test sends and gets back are its own.
std::string unquoted(std::string_view line) {
  std::string out;
  for (std::size_t at = 0; at < line.size(); ++at) {
    const std::size_t close = line[at] == '"' ? line.find('"', at + 1) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += line[at];
      continue;
    }
    out += "\"…\"";
    at = close;
  }
  return out;
}

// " for operationId "…"": the parameter value the test sent, left out.
std::string without_own_value(std::string line) {
  constexpr std::string_view own = " for ", value = " \"…\"";
  for (std::size_t at = line.find(own); at != std::string::npos; at = line.find(own, at + 1)) {
    std::size_t end = at + own.size();
    while (end < line.size() && (text::is_alpha(line[end]) || text::is_digit(line[end]) ||
                                 line[end] == '_' || line[end] == '-'))
      ++end;
    if (end > at + own.size() && std::string_view(line).substr(end).starts_with(value))
      line.erase(at, end + value.size() - at);
  }
  return line;
}

// "status: expected 201 Created, got (200, no code, no subcode)": a wrong status is the cause; the
// rest of the triple differs by format.
std::string status_only(std::string line) {
  constexpr std::string_view got = ", got (";
  const std::size_t subject = line.find("] status: ");
  const std::size_t at = line.find(got);
  if (subject == std::string::npos || at == std::string::npos || at < subject) return line;
  const std::size_t start = at + got.size();
  std::size_t end = start;
  while (end < line.size() && text::is_digit(line[end])) ++end;
  const std::size_t close = line.find(')', end);
  if (end == start || close == std::string::npos) return line;
  return line.substr(0, at) + ", got " + line.substr(start, end - start) + line.substr(close + 1);
}

}  // namespace

std::string shared_cause(const std::string& message) {
  std::string cause;
  std::size_t start = 0;
  while (start <= message.size()) {
    const std::size_t end = std::min(message.find('\n', start), message.size());
    const std::string_view line = std::string_view(message).substr(start, end - start);
    start = end + 1;
    if (text::trim(line).empty() || starts_with_any(line, {"violates ", "waiver ", "  clause "}))
      continue;
    if (!cause.empty()) cause += "\n";
    cause += status_only(without_own_value(unquoted(text::trim(line))));
  }
  return cause.empty() ? message : cause;
}

}  // namespace ucwa::report
