#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "http/exchange.hpp"
#include "http/multi_client.hpp"
#include "model/format.hpp"
#include "target/profile.hpp"

namespace ucwa::app {

// The event channels of a load run, read on the run's http::MultiClient: ONE pending GET per
// channel at a time (a second would replace the first, 409 PGetReplaced), so that escalations on
// a shared application share one reader, and each event is handed to the escalation it is about:
// by the operationId its embedded invitation carries, or, for an event that embeds none, by its
// link to the 201's self href.
// A channel is read while an escalation waits on it and let go when none does.
class LoadChannels {
 public:
  // The channel answer (a 200 batch) that held the escalation's first event, the format the
  // channel is read in (the first watcher's: one channel may serve both), when it came.
  using Arrived =
      std::function<void(std::shared_ptr<const http::Exchange> batch, model::Format read_as,
                         std::chrono::steady_clock::time_point at)>;

  LoadChannels(http::MultiClient& client, const target::Profile& profile);

  // Waits for `operation_id`'s events on the channel at `events_href` (the control API's
  // `events`), reading it from that href in `format` when nobody reads it yet. `arrived` is
  // called once.
  void watch(const std::string& events_href, model::Format format, const std::string& operation_id,
             Arrived arrived);
  // The escalation's 201 named this self href: an event linking it is the escalation's too
  // (also one that came before the 201 and was not claimed yet).
  void claim(const std::string& operation_id, const std::string& self_href);
  // Waits no more (its escalation was not a 201, or the wait ran out); nothing is called.
  void forget(const std::string& operation_id);

  // The last answer on the escalation's channel that stopped its reading (an error status, a
  // batch that cannot be read or leads nowhere), to say why no event came; null when none did.
  std::shared_ptr<const http::Exchange> trouble_of(const std::string& operation_id) const;

 private:
  struct Unclaimed {
    std::string href;
    std::shared_ptr<const http::Exchange> batch;
    std::chrono::steady_clock::time_point at;
  };
  struct Channel {
    model::Format format = model::Format::json;
    std::optional<http::MultiClient::Id> reading;  // the GET in flight
    std::size_t waiting = 0;
    int replaced = 0;  // 409 PGetReplaced in a row
    std::shared_ptr<const http::Exchange> trouble;
    // Invitation hrefs that events linked before any escalation claimed them, newest last.
    std::deque<Unclaimed> unclaimed;
  };
  struct Waiter {
    std::string channel;
    Arrived arrived;
    std::optional<std::string> self_href;
  };

  void read(const std::string& id, const std::string& href);
  void on_answer(const std::string& id, http::Exchange answer);
  void deliver(const std::string& operation_id, const std::shared_ptr<const http::Exchange>& batch,
               std::chrono::steady_clock::time_point at);
  std::optional<std::string> dispatch(const std::string& id, Channel& channel,
                                      const std::shared_ptr<const http::Exchange>& batch);

  http::MultiClient& client_;
  const target::Profile& profile_;
  std::map<std::string, Channel> channels_;               // by the events href without its query
  std::map<std::string, Waiter> waiters_;                 // by operationId
  std::multimap<std::string, std::string> by_self_href_;  // self href -> operationId
  std::string answering_;  // the channel whose answer is being handed out, kept till it is done
};

// A channel's identity: its href resolved and without query or fragment (scheme://host/path).
std::string channel_id_of(const std::string& href);

}  // namespace ucwa::app
