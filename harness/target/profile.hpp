#pragma once

#include <optional>
#include <string>

#include "http/client.hpp"

namespace ucwa::target {

// Where the server under test is and how to talk to it.
struct Profile {
  std::string target;                // base URL, http(s)://host[:port], no trailing slash
  std::string control;               // the conformance control API's base URL
  std::optional<std::string> token;  // sent as Authorization: Bearer
  http::ClientOptions client;
};

}  // namespace ucwa::target
