#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

#include "http/client.hpp"
#include "http/exchange.hpp"

namespace ucwa::http {

// Many exchanges at once on the calling thread, through libcurl's multi interface: no thread per
// request, keep-alive connections shared by every transfer. Each exchange is bounded and guarded
// exactly as http::Client's are (options.timeout for the whole exchange, redirects never
// followed, the token only to options.token_origins, no header holding CR, LF or NUL).
// Not thread-safe: one MultiClient per thread.
class MultiClient {
 public:
  using Done = std::function<void(Exchange)>;
  using Id = std::uint64_t;  // names a started request until its `done` is called

  explicit MultiClient(ClientOptions options = {});
  ~MultiClient();
  MultiClient(const MultiClient&) = delete;
  MultiClient& operator=(const MultiClient&) = delete;

  // Starts `request`; `done` gets what it came to from a later poll(), never from start() itself,
  // so `done` may start the next request. A request refused before it leaves completes too.
  Id start(Request request, Done done);

  // Lets go of a request not yet completed (a held GET nobody waits for any more): its transfer
  // is removed at once and its `done` is never called. An id already completed is ignored.
  void cancel(Id id);

  // Drives the transfers until at least one completes or `wait` passes, then calls `done` for
  // every exchange that completed.
  void poll(std::chrono::milliseconds wait);

  // Started and not yet handed to their `done`.
  std::size_t in_flight() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ucwa::http
