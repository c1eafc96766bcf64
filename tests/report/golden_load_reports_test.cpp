// The load reports of one fixed load record, compared byte for byte with their approved files
// (tests/report/approved/load/); scripts/approve-reports.sh approves them after a wanted change.
#include <gtest/gtest.h>

#include "approved_file.hpp"
#include "load/load_html.hpp"
#include "load/load_json.hpp"
#include "load/load_junit.hpp"

namespace {

using namespace ucwa;

// 400 escalations of two machines over four seconds, from arithmetic alone (no random
// distribution, whose values differ between standard libraries): a slow escalation in fifty, a
// violated MUST clause with cross-talk, a violated SHOULD clause, one held, one no escalation
// reached, a broken and a held threshold.
load::LoadRecord golden_load_record() {
  load::LoadRecord record;
  record.tool_version = "0.1.0";
  record.target = "http://127.0.0.1:8443";
  record.machines = {"runner-1", "runner-2"};
  record.concurrency = 16;
  record.duration_seconds = 4.0;
  record.escalations = 400;
  record.escalation_latency_by_second.resize(4);
  for (std::uint64_t i = 0; i < 400; ++i) {
    const std::uint64_t escalation = 2000 + (i * 7919) % 3001 + (i % 50 == 7 ? 40000 : 0);
    record.latency[load::RequestKind::escalation].record(escalation);
    record.escalation_latency_by_second[i / 100].record(escalation + (i / 100) * 500);
    record.latency[load::RequestKind::conversation].record(800 + (i * 104729) % 1201);
    record.latency[load::RequestKind::invitation_get].record(400 + (i * 1299709) % 601);
  }
  record.errors[load::RequestKind::escalation] = {.transport = 1, .client = 0, .server = 2};
  record.errors[load::RequestKind::invitation_get] = {.transport = 0, .client = 3, .server = 0};

  load::ClauseTally held;
  held.clause = "ESC-RESP-1";
  held.level = "MUST";
  held.source = "UCWA/escalateAudioVideo_ref.md";
  held.promise = "escalateAudioVideo answers 201 Created.";
  held.judged = 400;
  load::ClauseTally crossed;
  crossed.clause = "LOAD-1";
  crossed.level = "MUST";
  crossed.source = "UCWA/escalateAudioVideo_ref.md";
  crossed.promise = "The operationId echoed is the escalation's own, not another's in flight.";
  crossed.judged = 400;
  crossed.violated = 7;
  for (int i = 0; i < 5; ++i) {
    crossed.examples.push_back(
        {.escalation = "op-" + std::to_string(100 + 2 * i),
         .other_escalation = "op-" + std::to_string(101 + 2 * i),
         .message = "operationId: expected \"op-" + std::to_string(100 + 2 * i) + "\", got \"op-" +
                    std::to_string(101 + 2 * i) + "\" (another's in flight)",
         .evidence = "curl -X POST 'http://127.0.0.1:8443/ucwa/escalate?a=1&b=<2>'\n"
                     "HTTP/1.1 201 Created\n{\"operationId\": \"op-" +
                     std::to_string(101 + 2 * i) + "\"}"});
  }
  load::ClauseTally should;
  should.clause = "AVI-PROP-9";
  should.level = "SHOULD";
  should.source = "UCWA/audioVideoInvitation_ref.md";
  should.promise = "The invitation names its direction.";
  should.judged = 400;
  should.violated = 1;
  should.examples.push_back({.escalation = "op-311",
                             .other_escalation = "",
                             .message = "direction is missing",
                             .evidence = "GET /ucwa/invitations/311"});
  load::ClauseTally unreached;
  unreached.clause = "EVT-1";
  unreached.level = "MUST";
  unreached.source = "UCWA/Events.md";
  unreached.promise = "The invitation's event names the operationId.";
  record.clauses = {held, crossed, should, unreached};
  record.thresholds = {
      {.name = "max-error-rate", .limit = 0.01, .observed = record.error_rate()},
      {.name = "max-p99-ms",
       .limit = 20,
       .observed = *load::threshold_observed(record, "max-p99-ms")},
  };
  record.cpu_seconds = 0.6;
  record.peak_rss_bytes = 23u << 20;
  return record;
}

TEST(GoldenLoadReports, LoadJsonIsApproved) {
  EXPECT_TRUE(
      golden::matches_approved("load/load.json", load::write_load_json(golden_load_record())));
}

TEST(GoldenLoadReports, LoadHtmlIsApproved) {
  EXPECT_TRUE(golden::matches_approved("load/load.html",
                                       load::write_load_html(golden_load_record(), false)));
}

TEST(GoldenLoadReports, JunitXmlIsApproved) {
  EXPECT_TRUE(golden::matches_approved("load/junit.xml",
                                       load::write_load_junit(golden_load_record(), false)));
}

TEST(GoldenLoadReports, TheApprovedLoadJsonReadsBackAsTheRecord) {
  const auto read = load::read_load_json(load::write_load_json(golden_load_record()));
  ASSERT_TRUE(read.value) << *read.error;
  EXPECT_TRUE(*read.value == golden_load_record());
}

}  // namespace
