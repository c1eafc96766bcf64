#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/client.hpp"

namespace ucwa::target {

// Where the server under test is and how to talk to it.
struct Profile {
  std::string target;                // base URL, http(s)://host[:port], no trailing slash
  std::string control;               // the conformance control API's base URL
  std::optional<std::string> token;  // sent as Authorization: Bearer
  http::ClientOptions client;
};

// The only origins the token may go to: the target's and the control API's (once when they are
// the same). http::ClientOptions::token_origins holds them for the run's client.
std::vector<std::string> token_origins(const Profile& profile);
// The run's client options with those origins set: what every connection to the target uses.
http::ClientOptions client_options(const Profile& profile);

// Why the token must not follow `href` (resolved against the target), or nothing when it may.
std::optional<std::string> off_origin(const Profile& profile, const std::string& href);

}  // namespace ucwa::target
