#include "http/client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "http/curl_failure.hpp"
#include "http/response_collector.hpp"
#include "http/url.hpp"

namespace ucwa::http {
namespace {

void initialise_curl_once() {
  static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (result != CURLE_OK) {
    throw std::runtime_error(std::string("curl_global_init failed: ") + curl_easy_strerror(result));
  }
}

// Methods whose request normally carries a body get "Content-Length: 0" even when it is empty.
bool sends_body(const Request& request) {
  return !request.body.empty() || request.method == "POST" || request.method == "PUT" ||
         request.method == "PATCH";
}

bool holds_line_break(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

}  // namespace

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
  CURL* handle = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};
  ResponseCollector collector;
  std::function<void(const Exchange&)> observer;
  std::optional<std::chrono::steady_clock::time_point> stop_time;
  std::string stop_reason;
  std::atomic<bool> interrupted{false};

  explicit Impl(ClientOptions client_options) : options(std::move(client_options)) {
    initialise_curl_once();
    handle = curl_easy_init();
    if (handle == nullptr) throw std::runtime_error("curl_easy_init failed");
  }
  ~Impl() { curl_easy_cleanup(handle); }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  static std::size_t on_header(char* data, std::size_t size, std::size_t count, void* self) {
    const std::size_t length = size * count;
    return static_cast<ResponseCollector*>(self)->add_header_line({data, length}) ? length : 0;
  }

  // curl asks this about once a second and whenever data moves; non-zero aborts the transfer.
  static int on_progress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    return static_cast<Impl*>(self)->interrupted.load() ? 1 : 0;
  }

  static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self) {
    const std::size_t length = size * count;
    return static_cast<ResponseCollector*>(self)->add_body({data, length}) ? length : 0;
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
  std::optional<std::pair<TransportFailure, std::string>> refusal(const Request& request) const {
    if (stop_time && std::chrono::steady_clock::now() >= *stop_time) {
      return std::pair{TransportFailure::not_sent, "not sent: " + stop_reason};
    }
    if (interrupted.load()) {
      return std::pair{TransportFailure::interrupted, "not sent: the harness stopped waiting"};
    }
    for (const Header& header : request.headers) {
      if (holds_line_break(header.name) || holds_line_break(header.value)) {
        // The value is not repeated: it may be the token.
        return std::pair{TransportFailure::not_sent,
                         "not sent: the value of header " + header.name.substr(0, 64) +
                             " holds CR, LF or NUL, which would end the header early"};
      }
    }
    if (options.token_origins && find_header(request.headers, "Authorization")) {
      const auto to = origin(request.url);
      const auto& allowed = *options.token_origins;
      if (!to || std::find(allowed.begin(), allowed.end(), *to) == allowed.end()) {
        return std::pair{TransportFailure::off_origin, off_origin_message(request.url, allowed)};
      }
    }
    return std::nullopt;
  }

  void set_common_options(std::chrono::milliseconds time) {
    // curl_easy_reset keeps live connections and caches, so keep-alive survives it.
    curl_easy_reset(handle);
    // CURLOPT_TIMEOUT_MS bounds the whole transfer, not only its silences.
    const auto timeout = static_cast<long>(time.count());
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, timeout);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, timeout);
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &Impl::on_header);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &collector);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &Impl::on_body);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &collector);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &Impl::on_progress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, this);
    if (!options.ca_file.empty()) curl_easy_setopt(handle, CURLOPT_CAINFO, options.ca_file.c_str());
    if (options.insecure) {
      curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 0L);
      curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 0L);
    }
  }

  // The order matters: NOBODY, then POSTFIELDS, then CUSTOMREQUEST (a HEAD may carry a body).
  void set_request_options(const Request& request) {
    curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
    const bool with_body = sends_body(request);
    if (request.method == "HEAD") curl_easy_setopt(handle, CURLOPT_NOBODY, 1L);
    if (with_body) {
      curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE,
                       static_cast<curl_off_t>(request.body.size()));
      curl_easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.data());
    }
    const bool natural = (request.method == "GET" && !with_body) ||
                         (request.method == "HEAD" && !with_body) ||
                         (request.method == "POST" && with_body);
    if (!natural) curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  }

  static curl_slist* header_list(const Request& request) {
    curl_slist* list = nullptr;
    auto append = [&list](const std::string& line) {
      if (curl_slist* longer = curl_slist_append(list, line.c_str())) list = longer;
    };
    for (const auto& header : request.headers) {
      // "Name;" is curl's spelling of a header sent with an empty value.
      append(header.value.empty() ? header.name + ";" : header.name + ": " + header.value);
    }
    // "Name:" removes a header curl would otherwise add on its own.
    if (!find_header(request.headers, "Expect")) append("Expect:");
    if (!find_header(request.headers, "Content-Type")) append("Content-Type:");
    return list;
  }

  Exchange perform(Request request) {
    if (auto refused = refusal(request)) {
      Exchange exchange;
      exchange.failure = refused->first;
      exchange.failure_detail = std::move(refused->second);
      exchange.request = std::move(request);
      return exchange;
    }
    collector.begin(options.max_response_bytes, request.method == "HEAD");
    error_buffer[0] = '\0';
    const std::chrono::milliseconds time = time_for_exchange();
    set_common_options(time);
    set_request_options(request);
    curl_slist* list = header_list(request);
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, list);

    const auto started = std::chrono::steady_clock::now();
    const CURLcode code = curl_easy_perform(handle);
    const auto finished = std::chrono::steady_clock::now();
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(list);

    Exchange exchange;
    exchange.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(finished - started);
    if (collector.too_large()) {
      exchange.failure = TransportFailure::response_too_large;
      exchange.failure_detail = collector.too_large_detail();
    } else if (code == CURLE_ABORTED_BY_CALLBACK) {
      exchange.failure = TransportFailure::interrupted;
      exchange.failure_detail = "interrupted: the harness stopped waiting for this answer";
    } else if (code != CURLE_OK) {
      exchange.failure = failure_of(code);
      exchange.failure_detail = error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
      exchange.failure_hint = hint_for(code, exchange.failure_detail);
      if (code == CURLE_OPERATION_TIMEDOUT && time < options.timeout) {
        exchange.failure_detail += " (cut short: " + stop_reason + ")";
      }
    } else {
      long status = 0;
      curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
      exchange.response =
          Response{static_cast<int>(status), collector.take_headers(), collector.take_body()};
    }
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
}

std::optional<std::string> Client::stopped() const {
  if (!impl_->stop_time || std::chrono::steady_clock::now() < *impl_->stop_time) return {};
  return impl_->stop_reason;
}

}  // namespace ucwa::http
