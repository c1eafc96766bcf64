#pragma once

#include <optional>
#include <string>

#include "http/client.hpp"
#include "http/exchange.hpp"

namespace ucwa::http {

// Why a request must not leave.
struct Refusal {
  TransportFailure failure;
  std::string detail;
};

// The one rule every client applies before sending: a header whose name or value holds CR, LF
// or NUL is never sent (not_sent), and a request carrying Authorization goes only to
// options.token_origins when they are set (off_origin). Empty: the request may leave.
std::optional<Refusal> refusal_of(const Request& request, const ClientOptions& options);

}  // namespace ucwa::http
