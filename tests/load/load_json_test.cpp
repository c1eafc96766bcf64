#include "load/load_json.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "sample_record.hpp"

namespace ucwa::load {
namespace {

using Json = nlohmann::ordered_json;

TEST(LoadJson, ReadsBackWhatItWrites) {
  LoadRecord record = testing::sample_record(1);
  record.strict = true;
  const auto read = read_load_json(write_load_json(record));
  ASSERT_TRUE(read.value) << *read.error;
  EXPECT_EQ(*read.value, record);
  EXPECT_EQ(write_load_json(*read.value), write_load_json(record));
}

TEST(LoadJson, ReadsBackAnEmptyRecord) {
  const auto read = read_load_json(write_load_json(LoadRecord{}));
  ASSERT_TRUE(read.value) << *read.error;
  EXPECT_EQ(*read.value, LoadRecord{});
}

TEST(LoadJson, SaysWhatItIsAndGivesTheFigures) {
  const LoadRecord record = testing::sample_record(1);
  const Json json = Json::parse(write_load_json(record));
  EXPECT_EQ(json["kind"], "ucwa-conform load");
  EXPECT_EQ(json["version"], 1);
  EXPECT_EQ(json["toolVersion"], "0.1.0");
  EXPECT_EQ(json["escalations"], 200);
  EXPECT_EQ(json["violations"], 4);
  EXPECT_EQ(json["latency"]["escalation"]["p99"],
            record.latency.at(RequestKind::escalation).percentile(0.99));
  EXPECT_EQ(json["latency"]["invitationGet"]["count"], 200);
  EXPECT_EQ(json["errors"]["escalation"]["server"], 3);
  EXPECT_EQ(json["clauses"][1]["examples"][0]["otherEscalation"], "op-runner-1-1");
  EXPECT_EQ(json["thresholds"][1]["held"], false);
  EXPECT_TRUE(looks_like_load_json(write_load_json(record)));
}

TEST(LoadJson, BucketPairsAreOneALineAndTextIsLeftAlone) {
  LoadRecord record = testing::sample_record(1);
  record.clauses[1].examples[0].message = "[\n  1,\n  2\n]";
  const std::string written = write_load_json(record);
  EXPECT_NE(written.find("\n        [140, 1],\n"), std::string::npos) << written.substr(0, 900);
  EXPECT_NE(written.find(R"("message": "[\n  1,\n  2\n]")"), std::string::npos);
  const auto read = read_load_json(written);
  ASSERT_TRUE(read.value) << *read.error;
  EXPECT_EQ(*read.value, record);
}

TEST(LoadJson, HostileBytesAreWrittenVisible) {
  LoadRecord record = testing::sample_record(1);
  record.target = std::string("http://x/\x01\xff", 11);
  record.clauses[1].examples[0].evidence = std::string("a\0b\x1b[31m", 8);
  const std::string written = write_load_json(record);
  EXPECT_EQ(written.find('\x1b'), std::string::npos);
  const auto read = read_load_json(written);
  ASSERT_TRUE(read.value) << *read.error;
  EXPECT_EQ(read.value->target, "http://x/\\u0001\\xFF");
  EXPECT_EQ(read.value->clauses[1].examples[0].evidence, "a\\u0000b\\u001B[31m");
}

// The written document changed by `edit`, then read: the problem, or "" when it was read.
std::string problem_after(const std::function<void(Json&)>& edit) {
  Json json = Json::parse(write_load_json(testing::sample_record(1)));
  edit(json);
  const auto read = read_load_json(json.dump());
  return read.error.value_or("");
}

void expect_refused(const std::function<void(Json&)>& edit, const std::string& named) {
  const std::string problem = problem_after(edit);
  EXPECT_NE(problem.find(named), std::string::npos) << "problem: " << problem;
}

TEST(LoadJsonRefuses, WhatIsNotALoadJson) {
  EXPECT_NE(read_load_json("{").error->find("not JSON"), std::string::npos);
  EXPECT_NE(read_load_json("[]").error->find("not a load.json object"), std::string::npos);
  const std::string summary = R"({"harness": "ucwa-conform", "version": "0.1.0", "tests": []})";
  EXPECT_NE(read_load_json(summary).error->find("\"kind\": \"ucwa-conform load\""),
            std::string::npos);
  EXPECT_FALSE(looks_like_load_json(summary));
  EXPECT_FALSE(looks_like_load_json("not json"));
  expect_refused([](Json& json) { json["kind"] = "ucwa-conform"; }, "no \"kind\"");
  expect_refused([](Json& json) { json["version"] = 2; }, "/version: is 2");
  expect_refused([](Json& json) { json["version"] = "1"; }, "/version: is \"1\"");
  expect_refused([](Json& json) { json.erase("version"); }, "has no \"version\"");
}

TEST(LoadJsonRefuses, AMissingOrUnknownMemberByItsPointer) {
  expect_refused([](Json& json) { json.erase("target"); }, "the document: has no \"target\"");
  expect_refused([](Json& json) { json["latency"]["escalation"].erase("buckets"); },
                 "/latency/escalation: has no \"buckets\"");
  expect_refused([](Json& json) { json["clauses"][2]["examples"][0].erase("evidence"); },
                 "/clauses/2/examples/0: has no \"evidence\"");
  expect_refused([](Json& json) { json["escalationz"] = 1; }, "/escalationz: is not a member");
  expect_refused(
      [](Json& json) {
        json["errors"]["event"] = {{"transport", 0}};
      },
      "/errors/event: has no \"client\"");
  expect_refused([](Json& json) { json["thresholds"][0]["unit"] = "%"; },
                 "/thresholds/0/unit: is not a member");
  expect_refused([](Json& json) { json["a/b~c"] = 1; }, "/a~1b~0c: is not a member");
}

TEST(LoadJsonRefuses, AMemberOfTheWrongType) {
  expect_refused([](Json& json) { json["concurrency"] = -8; },
                 "/concurrency: is a number, not a non-negative integer");
  expect_refused([](Json& json) { json["escalations"] = 2.5; }, "/escalations: is a number");
  expect_refused([](Json& json) { json["durationSeconds"] = "2"; },
                 "/durationSeconds: is a string, not a number");
  expect_refused([](Json& json) { json["cpuSeconds"] = -1; }, "/cpuSeconds: is negative");
  expect_refused([](Json& json) { json["machines"][0] = 1; }, "/machines/0: is a number");
  expect_refused([](Json& json) { json["clauses"] = Json::object(); },
                 "/clauses: is an object, not an array");
  expect_refused([](Json& json) { json["strict"] = "yes"; }, "/strict: is a string, not a boolean");
  expect_refused([](Json& json) { json.erase("strict"); }, "has no \"strict\"");
  expect_refused([](Json& json) { json["latency"] = Json::array(); },
                 "/latency: is an array, not an object");
}

TEST(LoadJsonRefuses, HistogramsNoHistogramWrites) {
  expect_refused([](Json& json) { json["latency"]["escalate"] = json["latency"]["escalation"]; },
                 "/latency/escalate: is not a request kind");
  expect_refused(
      [](Json& json) {
        json["latency"]["escalation"]["buckets"][3] = {1, 2, 3};
      },
      "/latency/escalation/buckets/3: is not a pair");
  expect_refused([](Json& json) { json["latency"]["escalation"]["buckets"][0][0] = 99999; },
                 "/latency/escalation/buckets/0/0: is out of range");
  expect_refused([](Json& json) { json["latency"]["escalation"]["buckets"][1][1] = 0; },
                 "/latency/escalation/buckets: bucket 1");
  expect_refused(
      [](Json& json) {
        auto& buckets = json["latency"]["escalation"]["buckets"];
        std::swap(buckets[0], buckets[1]);
      },
      "increasing order");
  expect_refused([](Json& json) { json["latency"]["event"]["max"] = 5; },
                 "/latency/event: has no \"buckets\"");
  expect_refused([](Json& json) { json["latency"]["escalation"]["max"] = 1; },
                 "not in the highest bucket");
}

TEST(LoadJsonRefuses, DerivedFiguresThatDoNotDerive) {
  expect_refused(
      [](Json& json) {
        json["latency"]["escalation"]["p99"] = json["latency"]["escalation"]["p99"].get<int>() - 1;
      },
      "/latency/escalation/p99: says");
  expect_refused([](Json& json) { json["latency"]["escalation"]["count"] = 7; },
                 "/latency/escalation/count: says 7");
  expect_refused([](Json& json) { json["escalationLatencyBySecond"][1]["p50"] = 1; },
                 "/escalationLatencyBySecond/1/p50: says 1");
  expect_refused([](Json& json) { json["violations"] = 0; }, "/violations: says 0");
  expect_refused([](Json& json) { json["requests"] = 1; }, "/requests: says 1");
  expect_refused([](Json& json) { json["errorRate"] = 0; }, "/errorRate: says 0");
  expect_refused([](Json& json) { json["escalationsPerSecond"] = 1e6; },
                 "/escalationsPerSecond: says");
  expect_refused([](Json& json) { json["thresholds"][1]["held"] = true; },
                 "/thresholds/1/held: says true");
}

TEST(LoadJsonRefuses, TalliesThatCannotBe) {
  expect_refused([](Json& json) { json["clauses"][1]["level"] = "MAY"; },
                 "/clauses/1/level: is neither");
  expect_refused([](Json& json) { json["clauses"][1]["clause"] = ""; }, "/clauses/1/clause");
  expect_refused([](Json& json) { json["clauses"][1]["violated"] = 201; },
                 "/clauses/1/violated: is more than judged (200)");
  expect_refused([](Json& json) { json["clauses"][1]["violated"] = 2; },
                 "/clauses/1/examples: holds 3 examples");
  expect_refused(
      [](Json& json) {
        auto& examples = json["clauses"][1]["examples"];
        for (int i = 0; i < 3; ++i) examples.push_back(examples[0]);
      },
      "at most 5");
  expect_refused([](Json& json) { json["clauses"][2]["clause"] = "LOAD-1"; },
                 "/clauses/2: is clause LOAD-1 again");
  expect_refused([](Json& json) { json["thresholds"][1]["name"] = "max-p50-ms"; },
                 "/thresholds/1/name: is neither");
  expect_refused([](Json& json) { json["thresholds"][1]["name"] = "max-error-rate"; },
                 "/thresholds/1: is threshold max-error-rate again");
}

TEST(LoadJsonAccepts, LegalVariation) {
  // Derived figures may be left out, members come in any order, whitespace is free.
  EXPECT_EQ(
      problem_after([](Json& json) {
        for (const char* derived : {"escalationsPerSecond", "requests", "errorRate", "violations"})
          json.erase(derived);
        for (const char* derived : {"count", "min", "p50", "p90", "p99", "p999"})
          json["latency"]["escalation"].erase(derived);
        json["thresholds"][0].erase("held");
        Json reordered = Json::object();
        for (auto it = json.rbegin(); it != json.rend(); ++it) reordered[it.key()] = *it;
        json = reordered;
      }),
      "");
  const auto compact =
      read_load_json(Json::parse(write_load_json(testing::sample_record(2))).dump());
  ASSERT_TRUE(compact.value) << *compact.error;
  EXPECT_EQ(*compact.value, testing::sample_record(2));
}

}  // namespace
}  // namespace ucwa::load
