#include "load/record.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace ucwa::load {
namespace {

TEST(RequestKindNames, RoundTripAndRefuseOthers) {
  for (RequestKind kind : {RequestKind::conversation, RequestKind::escalation,
                           RequestKind::invitation_get, RequestKind::event}) {
    EXPECT_EQ(request_kind_named(to_string(kind)), kind);
  }
  EXPECT_EQ(to_string(RequestKind::invitation_get), "invitationGet");
  EXPECT_FALSE(request_kind_named(""));
  EXPECT_FALSE(request_kind_named("Escalation"));
  EXPECT_FALSE(request_kind_named("invitation_get"));
}

LoadRecord answered(std::uint64_t conversations, std::uint64_t escalations) {
  LoadRecord record;
  for (std::uint64_t i = 0; i < conversations; ++i) {
    record.latency[RequestKind::conversation].record(1000);
  }
  for (std::uint64_t i = 0; i < escalations; ++i) {
    record.latency[RequestKind::escalation].record(2000);
  }
  return record;
}

TEST(LoadRecord, RequestsAreAnsweredPlusTransportErrors) {
  LoadRecord record = answered(10, 8);
  record.errors[RequestKind::escalation] = {.transport = 2, .client = 1, .server = 3};
  EXPECT_EQ(record.requests(), 20u);
}

TEST(LoadRecord, EventWaitsAreNoRequests) {
  LoadRecord record = answered(10, 8);
  record.latency[RequestKind::event].record(9000);
  EXPECT_EQ(record.requests(), 18u);
}

TEST(LoadRecord, ErrorRateCountsTransportAnd5xxButNot4xx) {
  LoadRecord record = answered(10, 8);
  record.errors[RequestKind::escalation] = {.transport = 2, .client = 1, .server = 3};
  EXPECT_DOUBLE_EQ(record.error_rate(), 5.0 / 20.0);

  record.errors[RequestKind::escalation] = {.transport = 0, .client = 7, .server = 0};
  EXPECT_DOUBLE_EQ(record.error_rate(), 0.0);

  record.errors[RequestKind::conversation] = {.transport = 0, .client = 0, .server = 1};
  EXPECT_DOUBLE_EQ(record.error_rate(), 1.0 / 18.0);
}

TEST(LoadRecord, NothingSentIsNoErrorAndNoThroughput) {
  const LoadRecord record;
  EXPECT_EQ(record.requests(), 0u);
  EXPECT_DOUBLE_EQ(record.error_rate(), 0.0);
  EXPECT_DOUBLE_EQ(record.escalations_per_second(), 0.0);
  EXPECT_EQ(record.violations(), 0u);
}

TEST(LoadRecord, OnlyTransportErrorsAreAllErrors) {
  LoadRecord record;
  record.errors[RequestKind::conversation].transport = 4;
  EXPECT_DOUBLE_EQ(record.error_rate(), 1.0);
}

TEST(LoadRecord, ThroughputIsEscalationsOverWallClock) {
  LoadRecord record;
  record.escalations = 400;
  record.duration_seconds = 2.5;
  EXPECT_DOUBLE_EQ(record.escalations_per_second(), 160.0);
}

ClauseTally tally(std::string clause, std::uint64_t violated) {
  ClauseTally tally;
  tally.clause = std::move(clause);
  tally.judged = 10;
  tally.violated = violated;
  return tally;
}

TEST(LoadRecord, ViolationsSumTheClauses) {
  LoadRecord record;
  record.clauses.push_back(tally("ESC-RESP-1", 0));
  record.clauses.push_back(tally("LOAD-1", 3));
  record.clauses.push_back(tally("LOAD-2", 1));
  EXPECT_EQ(record.violations(), 4u);
}

TEST(Threshold, HeldAtTheLimitBrokenAbove) {
  EXPECT_TRUE((Threshold{.name = "max-p99-ms", .limit = 5, .observed = 5}.held()));
  EXPECT_FALSE((Threshold{.name = "max-p99-ms", .limit = 5, .observed = 5.001}.held()));
}

}  // namespace
}  // namespace ucwa::load
