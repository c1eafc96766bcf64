#include "app/load_loop.hpp"

#include <algorithm>
#include <deque>
#include <memory>
#include <thread>
#include <utility>

#include "app/load_channels.hpp"
#include "check/escalation.hpp"
#include "http/client.hpp"
#include "http/multi_client.hpp"
#include "http/url.hpp"
#include "representation/media_type.hpp"
#include "sdp/offer.hpp"
#include "target/control_api.hpp"
#include "target/identifiers.hpp"
#include "target/ucwa_client.hpp"

namespace ucwa::app {

namespace {

using load::RequestKind;
using Clock = std::chrono::steady_clock;

// One escalation on its way: what it sent, what came back, what its 201 claimed and, where the
// target has an event channel, what came of the wait for its invitation's event.
struct InFlight {
  check::Escalation escalation;
  check::Identity created;
  Clock::time_point posted{};
  bool requests_over = false;  // its conversation, escalation and GET are answered or given up
  bool watched = false;        // its conversation came with an event channel
  bool waiting_event = false;  // watched, and neither its event came nor its wait ran out
  std::shared_ptr<const http::Exchange> event_batch;  // the answer holding its first event
  model::Format events_read_as = model::Format::json;
  std::shared_ptr<const http::Exchange> trouble;  // why its channel stopped, if it did
};

class LoadLoop {
 public:
  LoadLoop(const LoadPlan& plan, LoadJudge& judge, LoadProgress& progress)
      : plan_(plan),
        judge_(judge),
        progress_(progress),
        client_(target::client_options(plan.profile)),
        unused_(target::client_options(plan.profile)),
        ucwa_(plan.profile, unused_),
        channels_(client_, plan.profile),
        offer_(sdp::build_offer()) {}

  LoadOutcome run() {
    started_at_ = Clock::now();
    progress_.started(started_at_);
    for (std::uint64_t i = 0; i < plan_.concurrency && more_to_start(); ++i) start_escalation();
    while (client_.in_flight() > 0 || in_flight_ > 0) {
      // Only event waits whose channel stopped can leave nothing to poll: sleep till one ends.
      if (client_.in_flight() > 0)
        client_.poll(next_wait());
      else
        std::this_thread::sleep_for(next_wait());
      give_up_waits();
      progress_.update(outcome_.record.escalations, in_flight_, errors_, judge_.violations());
    }
    outcome_.record.duration_seconds =
        std::chrono::duration<double>(Clock::now() - started_at_).count();
    progress_.update(outcome_.record.escalations, 0, errors_, judge_.violations(), true);
    return std::move(outcome_);
  }

 private:
  // Till the next event wait runs out, at most 100 ms (the progress line's pace).
  std::chrono::milliseconds next_wait() const {
    constexpr std::chrono::milliseconds most(100);
    if (deadlines_.empty()) return most;
    const auto left =
        std::chrono::ceil<std::chrono::milliseconds>(deadlines_.front().first - Clock::now());
    return std::clamp(left, std::chrono::milliseconds(0), most);
  }

  // Escalations whose event did not come within plan.event_wait wait no more: EVT-1 judges them.
  void give_up_waits() {
    const Clock::time_point now = Clock::now();
    while (!deadlines_.empty() && deadlines_.front().first <= now) {
      const std::shared_ptr<InFlight> flight = deadlines_.front().second.lock();
      deadlines_.pop_front();
      if (!flight || !flight->waiting_event) continue;
      const std::string& operation_id = flight->escalation.operation_id;
      flight->trouble = channels_.trouble_of(operation_id);
      channels_.forget(operation_id);
      flight->waiting_event = false;
      if (flight->requests_over) settle(flight);
    }
  }

  bool more_to_start() const {
    if (outcome_.stopped_early) return false;
    if (plan_.duration) return Clock::now() - started_at_ < *plan_.duration;
    return started_ < plan_.escalations;
  }

  // Times an answered request; counts an unanswered one, a 4xx or a 5xx as an error of its kind.
  void measure(RequestKind kind, const http::Exchange& exchange) {
    load::ErrorCounts& errors = outcome_.record.errors[kind];
    if (!exchange.answered()) {
      ++errors.transport;
      ++errors_;
      if (++unanswered_in_a_row_ >= kGiveUpAfter && !outcome_.stopped_early) {
        outcome_.stopped_early =
            std::to_string(kGiveUpAfter) +
            " requests in a row had no answer, the last: " + exchange.describe_failure();
      }
      return;
    }
    unanswered_in_a_row_ = 0;
    const auto micros = static_cast<std::uint64_t>(exchange.elapsed.count());
    outcome_.record.latency[kind].record(micros);
    if (kind == RequestKind::escalation) {
      const auto second = static_cast<std::size_t>(
          std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - started_at_).count());
      auto& by_second = outcome_.record.escalation_latency_by_second;
      if (by_second.size() <= second) by_second.resize(second + 1);
      by_second[second].record(micros);
    }
    const int status = exchange.response->status;
    if (status >= 400 && status < 500) {
      ++errors.client;
      ++errors_;
    } else if (status >= 500) {
      ++errors.server;
      ++errors_;
    }
  }

  void start_escalation() {
    ++started_;
    ++in_flight_;
    auto flight = std::make_shared<InFlight>();
    flight->escalation.requested = plan_.formats[format_turn_++ % plan_.formats.size()];
    client_.start(
        target::ControlApi::request(plan_.profile, "POST", "/conversations", "{}"),
        [this, flight](http::Exchange exchange) { on_conversation(flight, std::move(exchange)); });
  }

  void on_conversation(const std::shared_ptr<InFlight>& flight, http::Exchange exchange) {
    measure(RequestKind::conversation, exchange);
    auto created = target::ControlApi::conversation_from(exchange, plan_.profile);
    if (!created.value) {
      if (!outcome_.control_problem) outcome_.control_problem = created.unavailable->reason;
      // Errors are counted above; an answer that is not what the control API promises stops the
      // run, since no escalation could follow it.
      if (created.unavailable->why == target::Unavailable::Why::malformed &&
          !outcome_.stopped_early)
        outcome_.stopped_early = created.unavailable->reason;
      return complete(flight);
    }
    check::Escalation& escalation = flight->escalation;
    escalation.operation_id = target::fresh_identifier();
    escalation.session_context = target::fresh_identifier();
    escalation.offer = offer_;
    target::Call call{
        "POST",
        created.value->escalate_audio_video,
        {{"operationId", escalation.operation_id}, {"sessionContext", escalation.session_context}},
        std::string(representation::accept_for(escalation.requested)),
        "application/sdp",
        offer_,
        {}};
    judge_.sent(escalation.operation_id, escalation.session_context);
    ++outcome_.sent;
    flight->posted = Clock::now();
    if (created.value->events) {
      // Watched before the POST leaves, so that an event that comes before the 201 is not lost.
      flight->watched = flight->waiting_event = true;
      channels_.watch(*created.value->events, escalation.requested, escalation.operation_id,
                      [this, flight](std::shared_ptr<const http::Exchange> batch,
                                     model::Format read_as, Clock::time_point at) {
                        on_event(flight, std::move(batch), read_as, at);
                      });
      deadlines_.emplace_back(flight->posted + plan_.event_wait, flight);
    }
    client_.start(ucwa_.request_for(call), [this, flight](http::Exchange answer) {
      on_escalation(flight, std::move(answer));
    });
  }

  void on_escalation(const std::shared_ptr<InFlight>& flight, http::Exchange exchange) {
    measure(RequestKind::escalation, exchange);
    flight->escalation.exchange = std::move(exchange);
    auto created = judge_.judge_created(flight->escalation);
    const http::Exchange& reply = flight->escalation.exchange;
    if (flight->waiting_event) {
      const std::string& operation_id = flight->escalation.operation_id;
      if (!reply.answered() || reply.response->status != 201) {
        // Only a 201 creates an invitation: nothing to wait for, and EVT-1 is not judged.
        channels_.forget(operation_id);
        flight->waiting_event = false;
      } else if (created && created->self) {
        channels_.claim(operation_id,
                        http::resolve(reply.request.url, *created->self).value_or(*created->self));
      }
    }
    if (!created || !created->self) return complete(flight);
    flight->created = std::move(*created);
    const target::Call get{"GET",
                           *flight->created.self,
                           {},
                           std::string(representation::accept_for(flight->escalation.requested)),
                           std::nullopt,
                           {},
                           {}};
    client_.start(ucwa_.request_for(get), [this, flight](http::Exchange answer) {
      measure(RequestKind::invitation_get, answer);
      judge_.judge_fetched(flight->escalation, flight->created, answer);
      complete(flight);
    });
  }

  // The first event matched to the escalation (LoadChannels): timed from its POST.
  void on_event(const std::shared_ptr<InFlight>& flight,
                std::shared_ptr<const http::Exchange> batch, model::Format read_as,
                Clock::time_point at) {
    if (!flight->waiting_event) return;
    flight->waiting_event = false;
    flight->event_batch = std::move(batch);
    flight->events_read_as = read_as;
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(at - flight->posted);
    outcome_.record.latency[RequestKind::event].record(static_cast<std::uint64_t>(micros.count()));
    if (flight->requests_over) settle(flight);
  }

  // The escalation's requests are over; it completes once its event came or its wait ran out.
  void complete(const std::shared_ptr<InFlight>& flight) {
    flight->requests_over = true;
    if (!flight->waiting_event) settle(flight);
  }

  void settle(const std::shared_ptr<InFlight>& flight) {
    const http::Exchange& answer = flight->escalation.exchange;
    if (flight->watched && answer.answered() && answer.response->status == 201)
      judge_.judge_event(flight->escalation, flight->event_batch, flight->events_read_as,
                         flight->trouble, plan_.event_wait);
    ++outcome_.record.escalations;
    --in_flight_;
    if (more_to_start()) start_escalation();
  }

  // Requests in a row without an answer after which the target is taken to have stopped: three
  // rounds of the default concurrency, so that one slow burst does not end the run.
  static constexpr int kGiveUpAfter = 24;

  const LoadPlan& plan_;
  LoadJudge& judge_;
  LoadProgress& progress_;
  http::MultiClient client_;
  http::Client unused_;  // target::UcwaClient wants one; requests leave through client_
  target::UcwaClient ucwa_;
  LoadChannels channels_;
  // When each watched escalation stops waiting for its event, in the order they were posted.
  std::deque<std::pair<Clock::time_point, std::weak_ptr<InFlight>>> deadlines_;
  const std::string offer_;
  LoadOutcome outcome_;
  Clock::time_point started_at_{};
  std::uint64_t started_ = 0;
  std::uint64_t in_flight_ = 0;
  std::uint64_t errors_ = 0;
  std::size_t format_turn_ = 0;
  int unanswered_in_a_row_ = 0;
};

}  // namespace

LoadOutcome run_load(const LoadPlan& plan, LoadJudge& judge, LoadProgress& progress) {
  return LoadLoop(plan, judge, progress).run();
}

}  // namespace ucwa::app
