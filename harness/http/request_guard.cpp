#include "http/request_guard.hpp"

#include <algorithm>
#include <string_view>

#include "http/url.hpp"

namespace ucwa::http {

namespace {

bool holds_line_break(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

}  // namespace

std::optional<Refusal> refusal_of(const Request& request, const ClientOptions& options) {
  for (const Header& header : request.headers) {
    if (holds_line_break(header.name) || holds_line_break(header.value)) {
      // The value is not repeated: it may be the token.
      return Refusal{TransportFailure::not_sent,
                     "not sent: the value of header " + header.name.substr(0, 64) +
                         " holds CR, LF or NUL, which would end the header early"};
    }
  }
  if (options.token_origins && find_header(request.headers, "Authorization")) {
    const auto to = origin(request.url);
    const auto& allowed = *options.token_origins;
    if (!to || std::find(allowed.begin(), allowed.end(), *to) == allowed.end())
      return Refusal{TransportFailure::off_origin, off_origin_message(request.url, allowed)};
  }
  return std::nullopt;
}

}  // namespace ucwa::http
