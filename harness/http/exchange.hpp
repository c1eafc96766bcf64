#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ucwa::http {

struct Header {
  std::string name;
  std::string value;
};
using Headers = std::vector<Header>;

// First header of that name, compared without regard to letter case.
std::optional<std::string> find_header(const Headers& headers, std::string_view name);
// Every header of that name, in the order received.
std::vector<std::string> find_headers(const Headers& headers, std::string_view name);

struct Request {
  std::string method;
  std::string url;  // absolute
  Headers headers;
  std::string body;
  // A pending GET of the event channel: the server holds it until events are ready, so its time
  // is a wait by design, not a slow server (reports say so).
  bool pending = false;
};

struct Response {
  int status = 0;
  Headers headers;
  std::string body;
};

// Why no response arrived. A transport failure is never a conformance verdict.
enum class TransportFailure {
  none,
  unresolved,          // the host name did not resolve
  connect_failed,      // refused, unreachable
  timed_out,           // --timeout-ms ran out, connect included
  response_too_large,  // the body passed the response cap
  tls,                 // certificate or handshake problem
  protocol,            // not HTTP, reset mid-answer, malformed answer
  off_origin,          // not sent: it carried the token to an origin the token must not reach
  not_sent,            // not sent: a header value held CR or LF, or the run was stopped
  interrupted,         // the harness stopped waiting (Client::interrupt): not the target's doing
  other,
};

std::string_view to_string(TransportFailure failure);

// One request and what came back, kept for findings and evidence.
struct Exchange {
  Request request;
  std::optional<Response> response;  // empty exactly when failure != none
  TransportFailure failure = TransportFailure::none;
  std::string failure_detail;  // the transport's own words
  std::string failure_hint;    // what to do about it, when the cause is a usual one; may be empty
  std::chrono::microseconds elapsed{0};

  bool answered() const { return response.has_value(); }
  // "transport failure (connect_failed): Connection refused — POST http://...", then "; " and the
  // hint when there is one; empty when answered
  std::string describe_failure() const;
};

}  // namespace ucwa::http
