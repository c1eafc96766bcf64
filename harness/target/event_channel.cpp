#include "target/event_channel.hpp"

#include <charconv>
#include <utility>

#include "http/url.hpp"
#include "representation/media_type.hpp"
#include "representation/read.hpp"

namespace ucwa::target {

namespace {}  // namespace

http::Request channel_request(const Profile& profile, model::Format format,
                              const std::string& href) {
  http::Request request{"GET", href, {}, {}, true};
  request.headers.push_back({"Accept", std::string(representation::accept_events_for(format))});
  if (profile.token) request.headers.push_back({"Authorization", "Bearer " + *profile.token});
  return request;
}

bool pget_replaced(const http::Exchange& exchange, model::Format format) {
  if (!exchange.answered() || exchange.response->status != 409) return false;
  const auto content_type = http::find_header(exchange.response->headers, "Content-Type");
  const model::Read<model::Reason> reason = representation::read_reason(
      representation::format_to_read(content_type, format), exchange.response->body);
  return reason.value && reason.value->subcode == "PGetReplaced";
}

std::optional<model::EventsBatch> batch_of(const http::Exchange& exchange, model::Format format) {
  if (!exchange.answered() || exchange.response->status != 200) return std::nullopt;
  const auto content_type = http::find_header(exchange.response->headers, "Content-Type");
  model::Read<model::EventsBatch> read = representation::read_events(
      representation::format_to_read(content_type, format), exchange.response->body);
  return std::move(read.value);
}

ChannelAnswer get_channel(const Profile& profile, http::Client& client, model::Format format,
                          const std::string& href) {
  ChannelAnswer answer{client.send(channel_request(profile, format, href)), std::nullopt};
  answer.batch = batch_of(answer.exchange, format);
  return answer;
}

std::optional<long long> ack_of(const std::string& href) {
  const std::optional<std::string> value = http::query_value(href, "ack");
  if (!value) return std::nullopt;
  long long ack = 0;
  const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), ack);
  if (error != std::errc() || end != value->data() + value->size()) return std::nullopt;
  return ack;
}

std::optional<std::string> with_ack(const std::string& href, long long ack) {
  return http::with_query_value(href, "ack", std::to_string(ack));
}

ChannelReader::ChannelReader(const Profile& profile, model::Format format, std::string href)
    : profile_(profile),
      format_(format),
      href_(http::resolve(profile.target + "/", href).value_or(href)),
      client_(client_options(profile)),
      thread_([this] { read_on(); }) {}

ChannelReader::~ChannelReader() {
  stop();
}

// Where to read next after `answer`, or nothing: the reader goes no further.
std::optional<std::string> ChannelReader::href_after(const ChannelAnswer& answer,
                                                     int& replaced_times) {
  const http::Exchange& exchange = answer.exchange;
  // A held GET that ran into --timeout-ms is asked again: the server may hold longer than that.
  if (exchange.failure == http::TransportFailure::timed_out) return exchange.request.url;
  if (pget_replaced(exchange, format_) && ++replaced_times <= kReplacedRetries)
    return exchange.request.url;
  if (!answer.batch) return std::nullopt;
  const model::EventsBatch& batch = *answer.batch;
  const std::optional<std::string>& onward =
      batch.resync ? batch.resync : (batch.next ? batch.next : batch.resume);
  if (!onward) return std::nullopt;
  return http::resolve(exchange.request.url, *onward);
}

void ChannelReader::read_on() {
  std::string href = href_;
  int replaced_times = 0;
  for (;;) {
    ChannelAnswer answer = get_channel(profile_, client_, format_, href);
    std::optional<std::string> onward = href_after(answer, replaced_times);
    std::lock_guard lock(mutex_);
    answers_.push_back(std::move(answer));
    if (stopping_ || !onward) {
      finished_ = true;
      changed_.notify_all();
      return;
    }
    href = std::move(*onward);
    changed_.notify_all();
  }
}

bool ChannelReader::wait_until(const std::function<bool(const std::vector<ChannelAnswer>&)>& enough,
                               std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  bool held = false;
  changed_.wait_until(lock, deadline, [&] {
    held = enough(answers_);
    return held || finished_;
  });
  return held;
}

std::vector<ChannelAnswer> ChannelReader::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  client_.interrupt();
  if (thread_.joinable()) thread_.join();
  std::lock_guard lock(mutex_);
  return answers_;
}

}  // namespace ucwa::target
