#pragma once

#include <curl/curl.h>

#include <string>
#include <string_view>

#include "http/exchange.hpp"

namespace ucwa::http {

// The TransportFailure kind of a curl result code.
TransportFailure failure_of(CURLcode code);

// What the user can do about a curl failure, when the cause is a usual one: a certificate the
// harness does not trust, an unusable --cacert bundle, an https:// URL on a plain-HTTP port.
// Empty when there is nothing better to say than curl's own words (`detail`).
std::string hint_for(CURLcode code, std::string_view detail);

}  // namespace ucwa::http
