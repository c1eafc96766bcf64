#include "load/load_html.hpp"

#include <gtest/gtest.h>

#include <string>

#include "load/verdict.hpp"
#include "sample_record.hpp"

namespace ucwa::load {
namespace {

bool has(const std::string& html, const std::string& part) {
  return html.find(part) != std::string::npos;
}

std::size_t occurrences(const std::string& html, const std::string& part) {
  std::size_t count = 0;
  for (auto at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) ++count;
  return count;
}

TEST(LoadHtml, TheBannerGivesTheVerdictAndThePlainSummary) {
  const LoadRecord record = testing::sample_record(1);
  const std::string html = write_load_html(record, false);
  EXPECT_TRUE(has(html, "<strong id=\"gate\">FAIL</strong>"));
  EXPECT_TRUE(has(html, "<span id=\"summary\">3 passed, 2 failed, 0 skipped</span>"));
  EXPECT_TRUE(has(html, "--strict off"));
  EXPECT_TRUE(has(write_load_html(record, true), "3 failed"));

  LoadRecord held = record;
  held.clauses.resize(1);
  held.thresholds.resize(1);
  const std::string passing = write_load_html(held, false);
  EXPECT_TRUE(has(passing, "<div class=\"banner pass\" id=\"banner\"><strong id=\"gate\">PASS"));
  EXPECT_TRUE(has(passing, "No clause was violated."));
}

TEST(LoadHtml, ShowsTheNumbers) {
  LoadRecord record = testing::sample_record(1);
  record.escalations = 400;
  record.duration_seconds = 2;
  record.cpu_seconds = 0.5;
  record.peak_rss_bytes = 48u << 20;
  const std::string html = write_load_html(record, false);
  EXPECT_TRUE(has(html, "escalations per second</th><td class=\"n\">200.0</td>"));
  EXPECT_TRUE(has(html, "harness CPU per escalation</th><td class=\"n\">1.250 ms</td>"));
  EXPECT_TRUE(has(html, "peak memory</th><td class=\"n\">48.0 MiB</td>"));
  const Histogram& escalation = record.latency.at(RequestKind::escalation);
  char p99[32];
  std::snprintf(p99, sizeof p99, "%.2f", static_cast<double>(escalation.percentile(0.99)) / 1000);
  const auto row_start = html.find("<tr id=\"latency-escalation\">");
  ASSERT_NE(row_start, std::string::npos);
  const std::string row = html.substr(row_start, html.find("</tr>", row_start) - row_start);
  EXPECT_TRUE(has(row, p99)) << row << " lacks " << p99;
  EXPECT_EQ(occurrences(row, "<td class=\"n\">"), 6u);  // count, p50, p90, p99, p99.9, max
  EXPECT_TRUE(has(html,
                  "<tr id=\"errors-escalation\"><td>escalation</td><td class=\"n\">1</td>"
                  "<td class=\"n\">2</td><td class=\"n\">3</td></tr>"));
  EXPECT_TRUE(has(html, "<tr id=\"latency-invitationGet\">"));
}

TEST(LoadHtml, DrawsBothChartsInline) {
  const std::string html = write_load_html(testing::sample_record(1), false);
  EXPECT_EQ(occurrences(html, "<svg "), 2u);
  EXPECT_TRUE(has(html, "<svg id=\"latency-over-time\""));
  EXPECT_TRUE(has(html, "<svg id=\"latency-histogram\""));
  EXPECT_EQ(occurrences(html, "<polyline "), 2u);  // p50 and p99
  EXPECT_GT(occurrences(html, "<rect "), 5u);
  EXPECT_TRUE(has(html, ">p99 "));
}

TEST(LoadHtml, FetchesNothingAndRunsNothing) {
  const std::string html = write_load_html(testing::sample_record(1), true);
  for (const char* fetching : {"<script", "src=", "href=", "<link", "@import", "url(", "<iframe"})
    EXPECT_FALSE(has(html, fetching)) << fetching;
}

TEST(LoadHtml, ListsTheViolationsWithBothEscalations) {
  const std::string html = write_load_html(testing::sample_record(1), false);
  EXPECT_TRUE(has(html, "<h3>LOAD-1: [MUST] violated in 3 of 200 escalations</h3>"));
  EXPECT_TRUE(has(html,
                  "escalation <code>op-runner-1-10</code>, given what belongs to escalation "
                  "<code>op-runner-1-11</code>"));
  EXPECT_TRUE(
      has(html, "<pre>curl -X POST 'http://127.0.0.1:8443/x' &lt;&amp;&gt;\n201 Created</pre>"));
  EXPECT_TRUE(has(html, "AVI-PROP-9: [SHOULD] violated in 1 of 200 escalations (a warning"));
  EXPECT_TRUE(has(html, "<td>--max-p99-ms</td><td>10 ms</td>"));
}

TEST(LoadHtml, EscapesEverythingFromOutside) {
  LoadRecord record = testing::sample_record(1);
  record.target = "http://x/\"><script>alert(1)</script>";
  record.machines = {"<img onerror=x>"};
  record.clauses[1].clause = "<b>";
  record.clauses[1].examples[0].escalation = "</code><script>";
  record.clauses[1].examples[0].evidence = std::string("</pre><!--\x1b[2J\0", 15);
  const std::string html = write_load_html(record, false);
  EXPECT_FALSE(has(html, "<script"));
  EXPECT_FALSE(has(html, "<img"));
  EXPECT_FALSE(has(html, "<b>"));
  EXPECT_FALSE(has(html, "<!--"));
  EXPECT_FALSE(has(html, "\x1b"));
  EXPECT_TRUE(has(html, "&lt;/pre&gt;&lt;!--\\u001B[2J\\u0000"));
  EXPECT_TRUE(has(html, "target http://x/&quot;&gt;&lt;script&gt;"));
}

TEST(LoadHtml, AnEmptyRunSaysSoInsteadOfDrawing) {
  const std::string html = write_load_html(LoadRecord{}, false);
  EXPECT_EQ(occurrences(html, "no escalation was answered"), 2u);
  EXPECT_TRUE(has(html, "No clause was judged."));
  EXPECT_TRUE(has(html, "None was set."));
  EXPECT_TRUE(has(html, "0 passed, 0 failed, 0 skipped"));
}

TEST(LoadHtml, OneSecondAndOneValueStillDraw) {
  LoadRecord record;
  record.latency[RequestKind::escalation].record(0);
  record.escalation_latency_by_second.resize(1);
  record.escalation_latency_by_second[0].record(0);
  const std::string html = write_load_html(record, false);
  EXPECT_EQ(occurrences(html, "no escalation was answered"), 0u);
  EXPECT_FALSE(has(html, "nan"));
  EXPECT_FALSE(has(html, "inf"));
}

}  // namespace
}  // namespace ucwa::load
