#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/exchange.hpp"

namespace ucwa::http {

struct ClientOptions {
  std::chrono::milliseconds timeout{10000};  // one exchange, connect included
  std::size_t max_response_bytes = 16u * 1024u * 1024u;
  std::string ca_file;    // extra CA bundle; empty: the system store
  bool insecure = false;  // no TLS verification
};

// A libcurl easy handle reused for every exchange (keep-alive); never follows redirects.
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

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ucwa::http
