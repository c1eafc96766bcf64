#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/client.hpp"
#include "http/url.hpp"
#include "model/format.hpp"
#include "target/profile.hpp"

namespace ucwa::target {

// Which bearer token a request carries.
struct Credentials {
  enum class Kind { the_runs, none, other } kind = Kind::the_runs;
  std::string other;  // the token, for Kind::other
};

// One request to an href the server gave, with the client's query parameters added.
struct Call {
  std::string method = "GET";
  std::string href;
  http::QueryParameters query;
  std::string accept;                       // the Accept header, sent as is
  std::optional<std::string> content_type;  // with the body, when there is one
  std::string body;
  Credentials credentials;
};

// Speaks UCWA to the target: starts from hrefs, never builds a UCWA URL of its own.
class UcwaClient {
 public:
  UcwaClient(const Profile& profile, http::Client& client) : profile_(profile), client_(client) {}

  // The href made absolute against the target (hrefs may be relative to the host).
  std::string absolute(std::string_view href) const;

  http::Exchange send(const Call& call);
  // The request send() sends, for a caller that sends it another way (the load mode).
  http::Request request_for(const Call& call) const;

  http::Exchange get(std::string_view href, model::Format format,
                     std::optional<std::string> token_override = std::nullopt);

 private:
  const Profile& profile_;
  http::Client& client_;
};

}  // namespace ucwa::target
