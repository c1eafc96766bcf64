#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "http/exchange.hpp"

namespace ucwa::http {

struct ClientOptions {
  std::chrono::milliseconds timeout{10000};  // one exchange, connect included
  std::size_t max_response_bytes = 16u * 1024u * 1024u;
  std::string ca_file;    // extra CA bundle; empty: the system store
  bool insecure = false;  // no TLS verification
  // Set: a request carrying Authorization goes only to these origins (http::origin spelling);
  // any other is not sent (TransportFailure::off_origin). Unset: no restriction.
  std::optional<std::vector<std::string>> token_origins;
};

// "link off the target's origin: URL (not followed: the bearer token is sent only to A and B)":
// why a request to `url` was not sent; the one wording of the client and the control API.
std::string off_origin_message(const std::string& url, const std::vector<std::string>& origins);

// A libcurl easy handle reused for every exchange (keep-alive); never follows redirects.
// options.timeout bounds each exchange as a whole (connect, headers and body), not only its
// silences: a server dripping its answer byte by byte times out too.
// Never sends a header whose name or value holds CR, LF or NUL (TransportFailure::not_sent).
// Not thread-safe: one Client per thread.
class Client {
 public:
  explicit Client(ClientOptions options = {});
  ~Client();
  Client(Client&&) noexcept;
  Client& operator=(Client&&) noexcept;
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  // Never throws for network trouble: the Exchange says what happened.
  Exchange send(Request request);

  // Called with every exchange once it is over (for evidence); empty: nobody listens.
  void observe(std::function<void(const Exchange&)> observer);

  // From `when` on, every exchange fails at once without being sent (TransportFailure::not_sent,
  // saying `why`), and an exchange still running then is cut short at it (timed_out).
  void stop_at(std::chrono::steady_clock::time_point when, std::string why);
  // Why exchanges are no longer sent, once the time given to stop_at has come.
  std::optional<std::string> stopped() const;

  // The one call safe from another thread: cuts short the exchange running now (a pending GET the
  // harness no longer waits for) and refuses every later one (TransportFailure::interrupted).
  void interrupt();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ucwa::http
