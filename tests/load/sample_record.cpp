#include "sample_record.hpp"

#include <ostream>
#include <random>

#include "load/load_json.hpp"

namespace ucwa::load::testing {

LoadRecord sample_record(unsigned seed, std::uint64_t escalations, const std::string& machine) {
  std::mt19937_64 random(seed);
  std::lognormal_distribution<double> latency(7.5, 0.8);
  LoadRecord record;
  record.tool_version = "0.1.0";
  record.target = "http://127.0.0.1:8443";
  record.machines = {machine};
  record.concurrency = 8;
  record.duration_seconds = 2.5 + seed % 3;
  record.escalations = escalations;
  record.escalation_latency_by_second.resize(3);
  for (std::uint64_t i = 0; i < escalations; ++i) {
    record.latency[RequestKind::conversation].record(static_cast<std::uint64_t>(latency(random)));
    const auto escalation = static_cast<std::uint64_t>(latency(random) * 2);
    record.latency[RequestKind::escalation].record(escalation);
    record.escalation_latency_by_second[i * 3 / escalations].record(escalation);
    record.latency[RequestKind::invitation_get].record(static_cast<std::uint64_t>(latency(random)));
  }
  record.errors[RequestKind::escalation] = {.transport = 1, .client = 2, .server = 3};
  record.errors[RequestKind::conversation] = {.transport = 0, .client = 0, .server = 1};

  ClauseTally echo;
  echo.clause = "LOAD-1";
  echo.level = "MUST";
  echo.source = "UCWA/escalateAudioVideo_ref.md";
  echo.promise = "The operationId echoed is the escalation's own, not another's in flight.";
  echo.judged = escalations;
  echo.violated = 3;
  for (int i = 0; i < 3; ++i) {
    echo.examples.push_back(
        {.escalation = "op-" + machine + "-" + std::to_string(10 * i),
         .other_escalation = "op-" + machine + "-" + std::to_string(10 * i + 1),
         .message = "operationId: expected \"op-" + std::to_string(10 * i) + "\", got another's",
         .evidence = "curl -X POST 'http://127.0.0.1:8443/x' <&>\n201 Created"});
  }
  ClauseTally held;
  held.clause = "ESC-RESP-1";
  held.level = "MUST";
  held.source = "UCWA/escalateAudioVideo_ref.md";
  held.promise = "The escalation answers 201 Created.";
  held.judged = escalations;
  ClauseTally should;
  should.clause = "AVI-PROP-9";
  should.level = "SHOULD";
  should.source = "UCWA/audioVideoInvitation_ref.md";
  should.promise = "The invitation names its direction.";
  should.judged = escalations;
  should.violated = 1;
  should.examples.push_back({.escalation = "op-" + machine + "-7",
                             .other_escalation = "",
                             .message = "direction is missing",
                             .evidence = "GET ..."});
  record.clauses = {held, echo, should};
  record.thresholds = {
      {.name = "max-error-rate", .limit = 0.05, .observed = record.error_rate()},
      {.name = "max-p99-ms", .limit = 10, .observed = *threshold_observed(record, "max-p99-ms")},
  };
  record.cpu_seconds = 0.75;
  record.peak_rss_bytes = 12u << 20;
  return record;
}

}  // namespace ucwa::load::testing

namespace ucwa::load {

void PrintTo(const LoadRecord& record, std::ostream* out) {
  *out << write_load_json(record);
}

}  // namespace ucwa::load
