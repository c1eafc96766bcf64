#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/client.hpp"
#include "http/url.hpp"
#include "model/format.hpp"
#include "target/profile.hpp"

namespace ucwa::target {

// Speaks UCWA to the target: starts from hrefs, never builds a UCWA URL of its own.
class UcwaClient {
 public:
  UcwaClient(const Profile& profile, http::Client& client) : profile_(profile), client_(client) {}

  // The href made absolute against the target (hrefs may be relative to the host).
  std::string absolute(std::string_view href) const;

  http::Exchange get(std::string_view href, model::Format format,
                     std::optional<std::string> token_override = std::nullopt);
  // POST of an SDP offer with query parameters the client adds to the server's href.
  http::Exchange post_offer(std::string_view href, const http::QueryParameters& parameters,
                            std::string offer, model::Format format,
                            std::optional<std::string> token_override = std::nullopt);

 private:
  http::Request request(std::string method, std::string url, model::Format format,
                        const std::optional<std::string>& token_override) const;

  const Profile& profile_;
  http::Client& client_;
};

}  // namespace ucwa::target
