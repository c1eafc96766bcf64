#include "http/client.hpp"

#include <curl/curl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <string>
#include <utility>

#include "http/easy_transfer.hpp"
#include "http/request_guard.hpp"

namespace ucwa::http {

std::string off_origin_message(const std::string& url, const std::vector<std::string>& origins) {
  std::string allowed;
  for (std::size_t i = 0; i < origins.size(); ++i) {
    if (i > 0) allowed += i + 1 == origins.size() ? " and " : ", ";
    allowed += origins[i];
  }
  return "link off the target's origin: " + url +
         " (not followed: the bearer token is sent only to " +
         (allowed.empty() ? std::string("no origin") : allowed) + ")";
}

struct Client::Impl {
  ClientOptions options;
  // The connection's socket, so that interrupt() can shut it from another thread: a held GET
  // then ends at once (curl's progress callback alone runs only about once a second when idle).
  // Declared before the transfer: closing the handle's connections calls on_close.
  std::mutex socket_mutex;
  curl_socket_t socket = CURL_SOCKET_BAD;
  EasyTransfer transfer;  // one handle for every exchange: keep-alive
  std::function<void(const Exchange&)> observer;
  std::optional<std::chrono::steady_clock::time_point> stop_time;
  std::string stop_reason;
  std::atomic<bool> interrupted{false};

  explicit Impl(ClientOptions client_options) : options(std::move(client_options)) {}

  static curl_socket_t on_open(void* self, curlsocktype, curl_sockaddr* address) {
    auto* impl = static_cast<Impl*>(self);
    const curl_socket_t opened =
        ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
    std::lock_guard lock(impl->socket_mutex);
    impl->socket = opened;
    return opened;
  }

  static int on_close(void* self, curl_socket_t closing) {
    auto* impl = static_cast<Impl*>(self);
    std::lock_guard lock(impl->socket_mutex);
    if (impl->socket == closing) impl->socket = CURL_SOCKET_BAD;
    return ::close(closing);
  }

  // curl asks this about once a second and whenever data moves; non-zero aborts the transfer.
  static int on_progress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    return static_cast<Impl*>(self)->interrupted.load() ? 1 : 0;
  }

  // The exchange's time: --timeout-ms, or less when the client stops sooner (at least 1 ms: for
  // curl, 0 means no limit at all).
  std::chrono::milliseconds time_for_exchange() const {
    if (!stop_time) return options.timeout;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        *stop_time - std::chrono::steady_clock::now());
    return std::max(std::chrono::milliseconds(1), std::min(options.timeout, left));
  }

  // Why the request must not leave, or nothing.
  std::optional<Refusal> refusal(const Request& request) const {
    if (stop_time && std::chrono::steady_clock::now() >= *stop_time)
      return Refusal{TransportFailure::not_sent, "not sent: " + stop_reason};
    if (interrupted.load())
      return Refusal{TransportFailure::interrupted, "not sent: the harness stopped waiting"};
    return refusal_of(request, options);
  }

  Exchange perform(Request request) {
    if (auto refused = refusal(request)) {
      Exchange exchange;
      exchange.failure = refused->failure;
      exchange.failure_detail = std::move(refused->detail);
      exchange.request = std::move(request);
      return exchange;
    }
    const std::chrono::milliseconds time = time_for_exchange();
    transfer.prepare(request, options, time);
    curl_easy_setopt(transfer.handle(), CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(transfer.handle(), CURLOPT_XFERINFOFUNCTION, &Impl::on_progress);
    curl_easy_setopt(transfer.handle(), CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(transfer.handle(), CURLOPT_OPENSOCKETFUNCTION, &Impl::on_open);
    curl_easy_setopt(transfer.handle(), CURLOPT_OPENSOCKETDATA, this);
    curl_easy_setopt(transfer.handle(), CURLOPT_CLOSESOCKETFUNCTION, &Impl::on_close);
    curl_easy_setopt(transfer.handle(), CURLOPT_CLOSESOCKETDATA, this);
    const auto started = std::chrono::steady_clock::now();
    const CURLcode code = curl_easy_perform(transfer.handle());
    const auto finished = std::chrono::steady_clock::now();

    Exchange exchange = transfer.finish(code);
    if (code != CURLE_OK && interrupted.load()) {
      exchange.failure = TransportFailure::interrupted;
      exchange.failure_detail = "interrupted: the harness stopped waiting for this answer";
      exchange.failure_hint.clear();
    }
    exchange.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(finished - started);
    if (code == CURLE_OPERATION_TIMEDOUT && time < options.timeout && !exchange.answered())
      exchange.failure_detail += " (cut short: " + stop_reason + ")";
    // The request moves only now: curl held pointers into its strings during the transfer.
    exchange.request = std::move(request);
    return exchange;
  }
};

Client::Client(ClientOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Client::~Client() = default;
Client::Client(Client&&) noexcept = default;
Client& Client::operator=(Client&&) noexcept = default;

Exchange Client::send(Request request) {
  Exchange exchange = impl_->perform(std::move(request));
  if (impl_->observer) impl_->observer(exchange);
  return exchange;
}

void Client::observe(std::function<void(const Exchange&)> observer) {
  impl_->observer = std::move(observer);
}

void Client::stop_at(std::chrono::steady_clock::time_point when, std::string why) {
  impl_->stop_time = when;
  impl_->stop_reason = std::move(why);
}

void Client::interrupt() {
  impl_->interrupted.store(true);
  std::lock_guard lock(impl_->socket_mutex);
  if (impl_->socket != CURL_SOCKET_BAD) ::shutdown(impl_->socket, SHUT_RDWR);
}

std::optional<std::string> Client::stopped() const {
  if (!impl_->stop_time || std::chrono::steady_clock::now() < *impl_->stop_time) return {};
  return impl_->stop_reason;
}

}  // namespace ucwa::http
