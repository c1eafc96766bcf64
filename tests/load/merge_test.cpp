#include "load/merge.hpp"

#include <gtest/gtest.h>

#include <random>

#include "load/load_json.hpp"
#include "sample_record.hpp"

namespace ucwa::load {
namespace {

ClauseTally echo_clause() {
  ClauseTally tally;
  tally.clause = "LOAD-1";
  tally.level = "MUST";
  tally.source = "UCWA/escalateAudioVideo_ref.md";
  tally.promise = "The operationId echoed is the escalation's own.";
  return tally;
}

// What one escalation of a run leaves in its record.
void record_escalation(LoadRecord& record, std::mt19937_64& random, std::uint64_t number) {
  std::lognormal_distribution<double> latency(7.0, 1.0);
  const auto escalation = static_cast<std::uint64_t>(latency(random));
  record.latency[RequestKind::conversation].record(static_cast<std::uint64_t>(latency(random)));
  record.latency[RequestKind::escalation].record(escalation);
  const std::size_t second = number / 50;
  if (record.escalation_latency_by_second.size() <= second)
    record.escalation_latency_by_second.resize(second + 1);
  record.escalation_latency_by_second[second].record(escalation);
  if (escalation > 5000) ++record.errors[RequestKind::escalation].server;
  ++record.escalations;
  if (record.clauses.empty()) record.clauses.push_back(echo_clause());
  ClauseTally& echo = record.clauses.front();
  ++echo.judged;
  if (number % 7 == 3) {
    ++echo.violated;
    if (echo.examples.size() < max_examples)
      echo.examples.push_back({.escalation = "op-" + std::to_string(number),
                               .other_escalation = "op-" + std::to_string(number + 1),
                               .message = "another's operationId",
                               .evidence = ""});
  }
}

LoadRecord machine(const std::string& name, std::uint64_t concurrency, double seconds) {
  LoadRecord record;
  record.tool_version = "0.1.0";
  record.target = "http://127.0.0.1:8443";
  record.machines = {name};
  record.concurrency = concurrency;
  record.duration_seconds = seconds;
  record.cpu_seconds = seconds / 4;
  record.peak_rss_bytes = static_cast<std::uint64_t>(seconds * 1e6);
  record.thresholds = {{.name = "max-p99-ms", .limit = 50, .observed = 0}};
  return record;
}

TEST(MergeLoadRecords, TwoRunsMergeIntoTheRecordOfBoth) {
  LoadRecord first = machine("runner-1", 8, 3.0);
  LoadRecord second = machine("runner-2", 4, 4.5);
  // Each machine's escalations, drawn from one stream so that `both` saw the same values.
  std::mt19937_64 random_first(1), random_second(2), replay_first(1), replay_second(2);
  for (std::uint64_t i = 0; i < 300; ++i) record_escalation(first, random_first, i);
  for (std::uint64_t i = 0; i < 200; ++i) record_escalation(second, random_second, i);

  LoadRecord both = machine("runner-1", 12, 4.5);
  both.machines = {"runner-1", "runner-2"};
  both.cpu_seconds = first.cpu_seconds + second.cpu_seconds;
  for (std::uint64_t i = 0; i < 300; ++i) record_escalation(both, replay_first, i);
  // The second machine's escalations land in the same seconds since its own start.
  LoadRecord seconds_of_second = both;
  for (std::uint64_t i = 0; i < 200; ++i) record_escalation(both, replay_second, i);
  both.thresholds[0].observed = *threshold_observed(both, "max-p99-ms");
  both.clauses.front().examples.resize(max_examples);

  const auto merged = merge_load_records({first, second});
  ASSERT_TRUE(merged.value) << *merged.error;
  for (const auto& [kind, histogram] : both.latency) {
    EXPECT_EQ(merged.value->latency.at(kind).nonempty_buckets(), histogram.nonempty_buckets())
        << to_string(kind);
  }
  EXPECT_EQ(merged.value->latency, both.latency);
  EXPECT_EQ(merged.value->errors, both.errors);
  EXPECT_EQ(merged.value->clauses, both.clauses);
  EXPECT_EQ(merged.value->escalations, 500u);
  EXPECT_EQ(merged.value->concurrency, 12u);
  EXPECT_DOUBLE_EQ(merged.value->duration_seconds, 4.5);
  EXPECT_EQ(merged.value->peak_rss_bytes, second.peak_rss_bytes);
  EXPECT_EQ(merged.value->thresholds, both.thresholds);
  EXPECT_EQ(merged.value->machines, both.machines);
  EXPECT_EQ(merged.value->escalation_latency_by_second.size(), 6u);
  // Everything at once: no field was forgotten.
  both.escalation_latency_by_second = merged.value->escalation_latency_by_second;
  EXPECT_EQ(*merged.value, both);
}

TEST(MergeLoadRecords, TheLatencyOverTimeMergesSecondBySecond) {
  LoadRecord longer = machine("a", 1, 3);
  LoadRecord shorter = machine("b", 1, 1);
  longer.escalation_latency_by_second.resize(3);
  longer.escalation_latency_by_second[0].record(100);
  longer.escalation_latency_by_second[2].record(300);
  shorter.escalation_latency_by_second.resize(1);
  shorter.escalation_latency_by_second[0].record(110);
  const auto merged = merge_load_records({shorter, longer});
  ASSERT_TRUE(merged.value) << *merged.error;
  const auto& by_second = merged.value->escalation_latency_by_second;
  ASSERT_EQ(by_second.size(), 3u);
  EXPECT_EQ(by_second[0].count(), 2u);
  EXPECT_EQ(by_second[0].max(), 110u);
  EXPECT_EQ(by_second[1].count(), 0u);
  EXPECT_EQ(by_second[2].max(), 300u);
}

TEST(MergeLoadRecords, ExamplesAreTheFirstInInputOrder) {
  LoadRecord first = machine("a", 1, 1);
  LoadRecord second = machine("b", 1, 1);
  ClauseTally tally = echo_clause();
  tally.judged = 10;
  tally.violated = 3;
  for (int i = 0; i < 3; ++i)
    tally.examples.push_back({.escalation = "a" + std::to_string(i),
                              .other_escalation = "",
                              .message = "",
                              .evidence = ""});
  first.clauses = {tally};
  for (auto& example : tally.examples) example.escalation[0] = 'b';
  second.clauses = {tally};
  const auto merged = merge_load_records({first, second});
  ASSERT_TRUE(merged.value) << *merged.error;
  const ClauseTally& echo = merged.value->clauses.at(0);
  EXPECT_EQ(echo.judged, 20u);
  EXPECT_EQ(echo.violated, 6u);
  ASSERT_EQ(echo.examples.size(), max_examples);
  EXPECT_EQ(echo.examples[0].escalation, "a0");
  EXPECT_EQ(echo.examples[2].escalation, "a2");
  EXPECT_EQ(echo.examples[3].escalation, "b0");
  EXPECT_EQ(echo.examples[4].escalation, "b1");
}

TEST(MergeLoadRecords, ClausesOnlyOneRecordJudgedAreKept) {
  LoadRecord first = machine("a", 1, 1);
  LoadRecord second = machine("b", 1, 1);
  ClauseTally other = echo_clause();
  other.clause = "ESC-RESP-1";
  other.judged = 4;
  first.clauses = {echo_clause()};
  second.clauses = {other, echo_clause()};
  const auto merged = merge_load_records({first, second});
  ASSERT_TRUE(merged.value) << *merged.error;
  ASSERT_EQ(merged.value->clauses.size(), 2u);
  EXPECT_EQ(merged.value->clauses[0].clause, "LOAD-1");
  EXPECT_EQ(merged.value->clauses[1].clause, "ESC-RESP-1");
  EXPECT_EQ(merged.value->clauses[1].judged, 4u);
}

TEST(MergeLoadRecords, OneRecordMergesIntoItself) {
  const LoadRecord record = testing::sample_record(3);
  const auto merged = merge_load_records({record});
  ASSERT_TRUE(merged.value) << *merged.error;
  EXPECT_EQ(*merged.value, record);
}

TEST(MergeLoadRecords, MergingReadBackFilesEqualsMergingTheRecords) {
  const LoadRecord first = testing::sample_record(1, 200, "runner-1");
  const LoadRecord second = testing::sample_record(2, 300, "runner-2");
  const auto read_first = read_load_json(write_load_json(first));
  const auto read_second = read_load_json(write_load_json(second));
  ASSERT_TRUE(read_first.value && read_second.value);
  const auto from_files = merge_load_records({*read_first.value, *read_second.value});
  const auto from_records = merge_load_records({first, second});
  ASSERT_TRUE(from_files.value && from_records.value);
  EXPECT_EQ(*from_files.value, *from_records.value);
  const auto written = read_load_json(write_load_json(*from_files.value));
  ASSERT_TRUE(written.value) << *written.error;
  EXPECT_EQ(*written.value, *from_records.value);
}

void expect_refused(const LoadRecord& first, const LoadRecord& second, const std::string& named) {
  const auto merged = merge_load_records({first, second}, {"a/load.json", "b/load.json"});
  ASSERT_FALSE(merged.value);
  EXPECT_NE(merged.error->find(named), std::string::npos) << *merged.error;
}

TEST(MergeLoadRecords, RefusesRecordsOfAnotherTargetOrVersion) {
  const LoadRecord first = machine("a", 1, 1);
  LoadRecord second = machine("b", 1, 1);
  second.target = "http://127.0.0.2:8443";
  expect_refused(first, second,
                 "b/load.json has another target (\"http://127.0.0.2:8443\") than a/load.json");
  second = machine("b", 1, 1);
  second.tool_version = "0.2.0";
  expect_refused(first, second, "b/load.json has another tool version (\"0.2.0\")");
  second = machine("b", 1, 1);
  second.thresholds[0].limit = 60;
  expect_refused(first, second, "b/load.json was held to other thresholds");
  second.thresholds.clear();
  expect_refused(first, second, "other thresholds");
  second = machine("b", 1, 1);
  second.strict = true;
  expect_refused(first, second, "b/load.json was judged with --strict, a/load.json without");
  LoadRecord with_level = machine("a", 1, 1);
  with_level.clauses = {echo_clause()};
  second = machine("b", 1, 1);
  second.clauses = {echo_clause()};
  second.clauses[0].level = "SHOULD";
  expect_refused(with_level, second,
                 "clause LOAD-1 is MUST in a/load.json but SHOULD in b/load.json");

  EXPECT_FALSE(merge_load_records({}).value);
}

TEST(MergeLoadRecords, RecordsWithoutNamesAreNumbered) {
  const LoadRecord first = machine("a", 1, 1);
  LoadRecord second = machine("b", 1, 1);
  second.target = "x";
  const auto merged = merge_load_records({first, first, second});
  ASSERT_FALSE(merged.value);
  EXPECT_NE(merged.error->find("record 3 has another target"), std::string::npos) << *merged.error;
}

}  // namespace
}  // namespace ucwa::load
