#pragma once

// What a `ucwa-conform load` run measured and found, in a form that merges exactly across
// machines: latencies as histograms (bucket by bucket), counts as sums, examples capped.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/histogram.hpp"

namespace ucwa::load {

// The requests an escalation under load is made of, each timed apart.
enum class RequestKind {
  conversation,    // POST {control}/conversations
  escalation,      // POST escalateAudioVideo
  invitation_get,  // GET of the invitation's self href
  event,           // from the escalation's POST to its invitation's event (a channel read)
};

// The names load.json and the reports use: "conversation", "escalation", "invitationGet",
// "event"; request_kind_named is their inverse (nullopt for any other name).
std::string_view to_string(RequestKind kind);
std::optional<RequestKind> request_kind_named(std::string_view name);

// Errors by kind: no answer at all, a 4xx, a 5xx.
struct ErrorCounts {
  std::uint64_t transport = 0;
  std::uint64_t client = 0;  // 4xx
  std::uint64_t server = 0;  // 5xx

  bool operator==(const ErrorCounts&) const = default;
};

// One violation, as it was seen: which escalation, which other escalation in flight it belongs
// to (cross-talk), what broke and the exchange that shows it (a curl command and the answer).
struct Example {
  std::string escalation;        // its operationId
  std::string other_escalation;  // the operationId of the escalation it belongs to; "" if none
  std::string message;
  std::string evidence;

  bool operator==(const Example&) const = default;
};

// A clause judged under load: how often, how often it failed, the first examples.
struct ClauseTally {
  std::string clause;  // a catalogue id, or a load clause (LOAD-*)
  std::string level;   // MUST or SHOULD
  std::string source;  // the documentation page
  std::string promise;
  std::uint64_t judged = 0;
  std::uint64_t violated = 0;
  std::vector<Example> examples;  // at most max_examples, the earliest first

  bool operator==(const ClauseTally&) const = default;
};

inline constexpr std::size_t max_examples = 5;

// A limit the run was asked to hold (--max-error-rate, --max-p99-ms) and what it came to.
struct Threshold {
  std::string name;  // "max-error-rate" or "max-p99-ms"
  double limit = 0;
  double observed = 0;
  bool held() const { return observed <= limit; }

  bool operator==(const Threshold&) const = default;
};

struct LoadRecord {
  std::string tool_version;
  std::string target;
  std::vector<std::string> machines;  // one per merged run (host names), in merge order
  std::uint64_t concurrency = 0;      // per machine; merged runs sum it
  double duration_seconds = 0;        // wall clock; merged runs take the longest
  std::uint64_t escalations = 0;      // completed (answered or failed), all machines
  // Microseconds, one value per answered request whatever its status (4xx and 5xx included);
  // a request that got no answer is a transport error and has no latency.
  std::map<RequestKind, Histogram> latency;
  std::map<RequestKind, ErrorCounts> errors;
  // Escalation POST latency per second since the start, for the chart of latency over time.
  std::vector<Histogram> escalation_latency_by_second;
  std::vector<ClauseTally> clauses;  // every clause judged, violated or not, by id
  std::vector<Threshold> thresholds;
  // Judged with --strict (a violated SHOULD clause fails): kept so that `merge` judges the
  // merged record as the runs were judged.
  bool strict = false;
  double cpu_seconds = 0;  // the harness's own CPU time (user + system)
  std::uint64_t peak_rss_bytes = 0;

  double escalations_per_second() const;
  // Transport errors and 5xx among every request sent, the fraction --max-error-rate bounds.
  double error_rate() const;
  // Every answered request (the latency histograms' counts, but the event's: a wait on a read
  // of the channel, not a request of its own) plus every transport error.
  std::uint64_t requests() const;
  // The clauses' violations summed.
  std::uint64_t violations() const;

  bool operator==(const LoadRecord&) const = default;
};

// What a threshold measures on a record: error_rate() for "max-error-rate", the escalation
// POST's p99 in milliseconds for "max-p99-ms"; nullopt for any other name.
std::optional<double> threshold_observed(const LoadRecord& record, std::string_view name);

}  // namespace ucwa::load
