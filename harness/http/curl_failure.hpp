#pragma once

#include <curl/curl.h>

#include "http/exchange.hpp"

namespace ucwa::http {

// The TransportFailure kind of a curl result code.
TransportFailure failure_of(CURLcode code);

}  // namespace ucwa::http
