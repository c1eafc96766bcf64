#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/load_judge.hpp"
#include "app/load_progress.hpp"
#include "load/record.hpp"
#include "model/format.hpp"
#include "target/profile.hpp"

namespace ucwa::app {

// What a load run sends.
struct LoadPlan {
  target::Profile profile;
  std::vector<model::Format> formats;  // taken in turn
  std::uint64_t concurrency = 8;
  std::uint64_t escalations = 400;               // when no duration
  std::optional<std::chrono::seconds> duration;  // start escalations until then
  // How long an escalation waits for its invitation's event, where the target has a channel.
  std::chrono::milliseconds event_wait{5000};
};

// What the loop measured: the record's latencies, errors, escalations and wall clock (the
// caller adds the rest), and why it stopped starting escalations early, if it did.
struct LoadOutcome {
  load::LoadRecord record;
  std::optional<std::string> stopped_early;
  // The first reason the control API gave no conversation (404, 501, 5xx, no answer...).
  std::optional<std::string> control_problem;
  std::uint64_t sent = 0;  // escalation POSTs sent
};

// Keeps plan.concurrency escalations in flight on one thread (http::MultiClient): each a fresh
// conversation (POST {control}/conversations), the escalation POST with fresh operationId and
// sessionContext, a GET of the invitation's self href and, where the conversation came with an
// event channel, the wait for the invitation's first event (LoadChannels), judged by `judge` as
// they come.
LoadOutcome run_load(const LoadPlan& plan, LoadJudge& judge, LoadProgress& progress);

}  // namespace ucwa::app
