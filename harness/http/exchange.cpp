#include "http/exchange.hpp"

#include "text/ascii.hpp"

namespace ucwa::http {
std::optional<std::string> find_header(const Headers& headers, std::string_view name) {
  for (const auto& header : headers) {
    if (text::equals_ignoring_case(header.name, name)) return header.value;
  }
  return std::nullopt;
}

std::vector<std::string> find_headers(const Headers& headers, std::string_view name) {
  std::vector<std::string> values;
  for (const auto& header : headers) {
    if (text::equals_ignoring_case(header.name, name)) values.push_back(header.value);
  }
  return values;
}

std::string_view to_string(TransportFailure failure) {
  switch (failure) {
    case TransportFailure::none:
      return "none";
    case TransportFailure::unresolved:
      return "unresolved";
    case TransportFailure::connect_failed:
      return "connect_failed";
    case TransportFailure::timed_out:
      return "timed_out";
    case TransportFailure::response_too_large:
      return "response_too_large";
    case TransportFailure::tls:
      return "tls";
    case TransportFailure::protocol:
      return "protocol";
    case TransportFailure::off_origin:
      return "off_origin";
    case TransportFailure::not_sent:
      return "not_sent";
    case TransportFailure::interrupted:
      return "interrupted";
    case TransportFailure::other:
      return "other";
  }
  return "other";
}

std::string Exchange::describe_failure() const {
  if (failure == TransportFailure::none) return {};
  std::string text = "transport failure (";
  text += to_string(failure);
  text += "): ";
  text += failure_detail.empty() ? std::string("no detail") : failure_detail;
  text += " \u2014 ";
  text += request.method;
  text += ' ';
  text += request.url;
  if (!failure_hint.empty()) text += "; " + failure_hint;
  return text;
}

}  // namespace ucwa::http
