#include "app/load_channels.hpp"

#include <utility>
#include <vector>

#include "http/url.hpp"
#include "model/events.hpp"
#include "target/event_channel.hpp"

namespace ucwa::app {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kInvitation = "audioVideoInvitation";

// Link-only events kept for a 201 not answered yet: enough for every escalation in flight.
constexpr std::size_t kUnclaimedKept = 1024;

std::optional<std::string> operation_id_of(const model::Event& event) {
  for (const model::Resource& resource : event.embedded) {
    if (resource.rel != kInvitation) continue;
    const model::Value* value = resource.property("operationId");
    return value ? value->as_text() : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::string channel_id_of(const std::string& href) {
  return href.substr(0, href.find_first_of("?#"));
}

LoadChannels::LoadChannels(http::MultiClient& client, const target::Profile& profile)
    : client_(client), profile_(profile) {}

void LoadChannels::watch(const std::string& events_href, model::Format format,
                         const std::string& operation_id, Arrived arrived) {
  const std::string href = http::resolve(profile_.target + "/", events_href).value_or(events_href);
  const std::string id = channel_id_of(href);
  Channel& channel = channels_[id];
  waiters_[operation_id] = {id, std::move(arrived), std::nullopt};
  ++channel.waiting;
  if (channel.reading) return;
  // Nobody reads it: from the position the control API just gave, which precedes the escalation.
  channel.format = format;
  channel.replaced = 0;
  channel.unclaimed.clear();
  read(id, href);
}

void LoadChannels::claim(const std::string& operation_id, const std::string& self_href) {
  const auto found = waiters_.find(operation_id);
  if (found == waiters_.end()) return;
  found->second.self_href = self_href;
  by_self_href_.emplace(self_href, operation_id);
  Channel& channel = channels_[found->second.channel];
  for (auto at = channel.unclaimed.begin(); at != channel.unclaimed.end(); ++at) {
    if (at->href != self_href) continue;
    const Unclaimed seen = *at;
    channel.unclaimed.erase(at);
    return deliver(operation_id, seen.batch, seen.at);
  }
}

void LoadChannels::forget(const std::string& operation_id) {
  const auto found = waiters_.find(operation_id);
  if (found == waiters_.end()) return;
  if (found->second.self_href) {
    auto [from, to] = by_self_href_.equal_range(*found->second.self_href);
    for (auto at = from; at != to; ++at) {
      if (at->second != operation_id) continue;
      by_self_href_.erase(at);
      break;
    }
  }
  const std::string id = found->second.channel;
  waiters_.erase(found);
  Channel& channel = channels_[id];
  if (--channel.waiting > 0) return;
  // Nobody waits any more: the held GET is let go rather than left to time out.
  if (channel.reading) client_.cancel(*channel.reading);
  if (answering_ != id) channels_.erase(id);  // else on_answer does, once done with it
}

std::shared_ptr<const http::Exchange> LoadChannels::trouble_of(
    const std::string& operation_id) const {
  const auto waiter = waiters_.find(operation_id);
  if (waiter == waiters_.end()) return nullptr;
  const auto channel = channels_.find(waiter->second.channel);
  return channel == channels_.end() ? nullptr : channel->second.trouble;
}

void LoadChannels::read(const std::string& id, const std::string& href) {
  Channel& channel = channels_[id];
  channel.reading =
      client_.start(target::channel_request(profile_, channel.format, href),
                    [this, id](http::Exchange answer) { on_answer(id, std::move(answer)); });
}

void LoadChannels::on_answer(const std::string& id, http::Exchange answer) {
  const auto found = channels_.find(id);
  if (found == channels_.end()) return;
  Channel& channel = found->second;
  channel.reading.reset();
  // A held GET that ran into --timeout-ms is asked again: the server may hold longer than that.
  if (answer.failure == http::TransportFailure::timed_out) return read(id, answer.request.url);
  if (target::pget_replaced(answer, channel.format)) {
    if (++channel.replaced <= target::kReplacedRetries) return read(id, answer.request.url);
  } else {
    channel.replaced = 0;
  }
  const auto batch = std::make_shared<const http::Exchange>(std::move(answer));
  answering_ = id;
  const std::optional<std::string> onward = dispatch(id, channel, batch);
  answering_.clear();
  if (channel.waiting == 0) {
    channels_.erase(id);
  } else if (!onward) {
    channel.trouble = batch;  // the reading ends here; those still waiting time out, told why
  } else {
    channel.trouble.reset();
    if (!channel.reading) read(id, *onward);
  }
}

std::optional<std::string> LoadChannels::dispatch(
    const std::string& id, Channel& channel, const std::shared_ptr<const http::Exchange>& batch) {
  const std::optional<model::EventsBatch> read = target::batch_of(*batch, channel.format);
  if (!read) return std::nullopt;
  const Clock::time_point now = Clock::now();
  std::vector<std::string> arrived;
  for (const model::Sender& sender : read->senders) {
    for (const model::Event& event : sender.events) {
      // An embedded invitation's operationId says whose event it is, whatever it links (EVT-1
      // judges the link); only a link-only event is matched by the 201's self href.
      if (const auto operation_id = operation_id_of(event)) {
        const auto waiter = waiters_.find(*operation_id);
        if (waiter != waiters_.end() && waiter->second.channel == id)
          arrived.push_back(*operation_id);
        continue;
      }
      if (!event.link || event.link->rel != kInvitation) continue;
      const std::string href =
          http::resolve(batch->request.url, event.link->href).value_or(event.link->href);
      auto [from, to] = by_self_href_.equal_range(href);
      for (auto at = from; at != to; ++at) arrived.push_back(at->second);
      if (from != to) continue;
      channel.unclaimed.push_back({href, batch, now});
      if (channel.unclaimed.size() > kUnclaimedKept) channel.unclaimed.pop_front();
    }
  }
  // Handed over only now: an escalation's `arrived` may start the next one, which may watch.
  for (const std::string& operation_id : arrived) deliver(operation_id, batch, now);
  const model::EventsBatch& onward = *read;
  const std::optional<std::string>& href =
      onward.resync ? onward.resync : (onward.next ? onward.next : onward.resume);
  if (!href) return std::nullopt;
  return http::resolve(batch->request.url, *href).value_or(*href);
}

void LoadChannels::deliver(const std::string& operation_id,
                           const std::shared_ptr<const http::Exchange>& batch,
                           Clock::time_point at) {
  const auto found = waiters_.find(operation_id);
  if (found == waiters_.end()) return;  // already given its first event
  Arrived arrived = std::move(found->second.arrived);
  const model::Format read_as = channels_[found->second.channel].format;
  forget(operation_id);
  arrived(batch, read_as, at);
}

}  // namespace ucwa::app
