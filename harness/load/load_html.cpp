#include "load/load_html.hpp"

#include <cstdio>
#include <set>

#include "load/load_charts.hpp"
#include "load/verdict.hpp"
#include "text/html.hpp"

namespace ucwa::load {
namespace {

std::string esc(std::string_view raw) {
  return text::html_escaped(raw);
}

// `value` with `decimals` digits after the point.
std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string ms(std::uint64_t microseconds) {
  return fixed(static_cast<double>(microseconds) / 1000, 2);
}

std::string cell(const std::string& html) {
  return "<td>" + html + "</td>";
}

// Looks only: the page reads the same when a Content Security Policy drops this.
constexpr const char* style =
    "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.4em;margin:0 0 .2em}.meta{color:#555;margin-bottom:1em}"
    ".banner{padding:.6em 1em;border-radius:6px;margin:.6em 0;font-size:1.2em;background:#f6c1c1}"
    ".banner strong{font-size:1.4em}.banner.pass{background:#cdeccd}"
    "table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:2px 6px}"
    "th{background:#f4f4f4;text-align:left}td.n{text-align:right}"
    ".passed{background:#cdeccd}.warned{background:#fbe7b5}.failed{background:#f6c1c1}"
    ".skipped{background:#e3e3e3}"
    ".violation{border:1px solid #d88;border-radius:6px;margin:.4em 0;padding:.4em .7em}"
    ".violation h3{font-size:.95em;margin:0}"
    ".example pre{white-space:pre-wrap;font-size:.8em;max-height:30em;overflow:auto}";

std::string banner(const LoadRecord& record, const LoadVerdict& verdict, bool strict) {
  std::string machines;
  for (const std::string& machine : record.machines)
    machines += (machines.empty() ? "" : ", ") + machine;
  return "<div class=\"banner " + std::string(verdict.failed_run ? "fail" : "pass") +
         "\" id=\"banner\"><strong id=\"gate\">" + (verdict.failed_run ? "FAIL" : "PASS") +
         "</strong> &middot; <span id=\"summary\">" + plain_summary(verdict) +
         "</span> &middot; target " + esc(record.target) + "</div><div class=\"meta\">harness " +
         esc(record.tool_version) + " &middot; " + std::to_string(record.machines.size()) +
         (record.machines.size() == 1 ? " machine" : " machines") +
         (machines.empty() ? "" : " (" + esc(machines) + ")") + " &middot; concurrency " +
         std::to_string(record.concurrency) + " &middot; " + fixed(record.duration_seconds, 1) +
         " s &middot; --strict " + (strict ? "on" : "off") + "</div>";
}

std::string figures(const LoadRecord& record) {
  const auto row = [](const char* id, const char* name, const std::string& value) {
    return "<tr id=\"" + std::string(id) + "\"><th>" + name + "</th><td class=\"n\">" + value +
           "</td></tr>";
  };
  const double cpu_per_escalation =
      record.escalations == 0 ? 0
                              : record.cpu_seconds * 1000 / static_cast<double>(record.escalations);
  return "<h2>Throughput</h2><table id=\"figures\">" +
         row("escalations", "escalations", std::to_string(record.escalations)) +
         row("throughput", "escalations per second", fixed(record.escalations_per_second(), 1)) +
         row("requests", "requests", std::to_string(record.requests())) +
         row("error-rate", "error rate (transport errors and 5xx)", fixed(record.error_rate(), 4)) +
         row("cpu", "harness CPU per escalation", fixed(cpu_per_escalation, 3) + " ms") +
         row("cpu-total", "harness CPU", fixed(record.cpu_seconds, 2) + " s") +
         row("memory", "peak memory",
             fixed(static_cast<double>(record.peak_rss_bytes) / (1024 * 1024), 1) + " MiB") +
         "</table>";
}

std::string latency_table(const LoadRecord& record) {
  std::string html =
      "<h2>Latency by request kind (ms)</h2><table id=\"latency\"><tr><th>request</th>"
      "<th>count</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>max</th></tr>";
  for (const auto& [kind, histogram] : record.latency) {
    html += "<tr id=\"latency-" + std::string(to_string(kind)) + "\">" +
            cell(std::string(to_string(kind)));
    html += "<td class=\"n\">" + std::to_string(histogram.count()) + "</td>";
    for (const double fraction : {0.5, 0.9, 0.99, 0.999})
      html += "<td class=\"n\">" + ms(histogram.percentile(fraction)) + "</td>";
    html += "<td class=\"n\">" + ms(histogram.max()) + "</td></tr>";
  }
  return html + "</table>";
}

std::string errors_table(const LoadRecord& record) {
  std::string html =
      "<h2>Errors by request kind</h2><table id=\"errors\"><tr><th>request</th>"
      "<th>transport</th><th>4xx</th><th>5xx</th></tr>";
  std::set<RequestKind> kinds;
  for (const auto& [kind, histogram] : record.latency) kinds.insert(kind);
  for (const auto& [kind, counts] : record.errors) kinds.insert(kind);
  for (const RequestKind kind : kinds) {
    const auto counts = record.errors.find(kind);
    const ErrorCounts errors = counts == record.errors.end() ? ErrorCounts{} : counts->second;
    html += "<tr id=\"errors-" + std::string(to_string(kind)) + "\">" +
            cell(std::string(to_string(kind))) + "<td class=\"n\">" +
            std::to_string(errors.transport) + "</td><td class=\"n\">" +
            std::to_string(errors.client) + "</td><td class=\"n\">" +
            std::to_string(errors.server) + "</td></tr>";
  }
  return html + "</table>";
}

std::string charts(const LoadRecord& record) {
  const auto escalation = record.latency.find(RequestKind::escalation);
  return "<h2>Escalation latency over time</h2>" +
         latency_over_time_svg(record.escalation_latency_by_second) +
         "<h2>Escalation latency histogram</h2>" +
         latency_histogram_svg(escalation == record.latency.end() ? Histogram{}
                                                                  : escalation->second);
}

std::string outcome_cell(const LoadCase& judged) {
  const std::string outcome(to_string(judged.outcome));
  return "<td class=\"" + outcome + "\">" + outcome + "</td>";
}

std::string thresholds_table(const std::vector<LoadCase>& cases) {
  std::string rows;
  for (const LoadCase& judged : cases) {
    if (!judged.threshold) continue;
    const Threshold& threshold = *judged.threshold;
    rows += "<tr>" + cell("--" + esc(threshold.name)) +
            cell(esc(threshold_figure(threshold, threshold.limit))) +
            cell(esc(threshold_figure(threshold, threshold.observed))) + outcome_cell(judged) +
            "</tr>";
  }
  if (rows.empty()) return "<h2>Thresholds</h2><p id=\"thresholds\">None was set.</p>";
  return "<h2>Thresholds</h2><table id=\"thresholds\"><tr><th>threshold</th><th>limit</th>"
         "<th>observed</th><th>verdict</th></tr>" +
         rows + "</table>";
}

std::string clauses_table(const std::vector<LoadCase>& cases) {
  std::string rows;
  for (const LoadCase& judged : cases) {
    if (!judged.clause) continue;
    const ClauseTally& tally = *judged.clause;
    rows += "<tr>" + cell(esc(tally.clause)) + cell(esc(tally.level)) + cell(esc(tally.promise)) +
            "<td class=\"n\">" + std::to_string(tally.judged) + "</td><td class=\"n\">" +
            std::to_string(tally.violated) + "</td>" + outcome_cell(judged) + "</tr>";
  }
  if (rows.empty()) return "<h2>Clauses</h2><p id=\"clauses\">No clause was judged.</p>";
  return "<h2>Clauses</h2><table id=\"clauses\"><tr><th>clause</th><th>level</th>"
         "<th>promise</th><th>judged</th><th>violated</th><th>verdict</th></tr>" +
         rows + "</table>";
}

std::string example_html(const Example& example) {
  std::string html =
      "<div class=\"example\"><p>escalation <code>" + esc(example.escalation) + "</code>";
  if (!example.other_escalation.empty())
    html += ", given what belongs to escalation <code>" + esc(example.other_escalation) + "</code>";
  html += ": " + esc(example.message) + "</p>";
  if (!example.evidence.empty()) html += "<pre>" + esc(example.evidence) + "</pre>";
  return html + "</div>";
}

std::string violations(const std::vector<LoadCase>& cases) {
  std::string html = "<h2>Violations</h2><div id=\"violations\">";
  bool any = false;
  for (const LoadCase& judged : cases) {
    if (!judged.clause || judged.clause->violated == 0) continue;
    any = true;
    const ClauseTally& tally = *judged.clause;
    html += "<div class=\"violation\" id=\"violation-" + esc(tally.clause) + "\"><h3>" +
            esc(tally.clause) + ": " + esc(judged.message) + "</h3><p>" + esc(tally.promise) +
            " <small>" + esc(tally.source) + "</small></p>";
    if (tally.examples.size() < tally.violated) {
      html += "<p>The first " + std::to_string(tally.examples.size()) + " of " +
              std::to_string(tally.violated) + ":</p>";
    }
    for (const Example& example : tally.examples) html += example_html(example);
    html += "</div>";
  }
  if (!any) html += "<p>No clause was violated.</p>";
  return html + "</div>";
}

}  // namespace

std::string write_load_html(const LoadRecord& record, bool strict) {
  const std::vector<LoadCase> cases = load_cases(record, strict);
  const LoadVerdict verdict = judge(record, strict);
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ucwa-conform "
         "load report</title><style>" +
         std::string(style) +
         "</style></head><body><h1>ucwa-conform load: escalateAudioVideo under concurrency</h1>" +
         banner(record, verdict, strict) + figures(record) + latency_table(record) +
         errors_table(record) + charts(record) + thresholds_table(cases) + clauses_table(cases) +
         violations(cases) + "</body></html>\n";
}

}  // namespace ucwa::load
