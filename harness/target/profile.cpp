#include "target/profile.hpp"

#include <algorithm>

#include "http/url.hpp"

namespace ucwa::target {

http::ClientOptions client_options(const Profile& profile) {
  http::ClientOptions options = profile.client;
  options.token_origins = token_origins(profile);
  return options;
}

std::vector<std::string> token_origins(const Profile& profile) {
  std::vector<std::string> origins;
  for (const std::string* base : {&profile.target, &profile.control}) {
    auto each = http::origin(*base);
    if (each && std::find(origins.begin(), origins.end(), *each) == origins.end())
      origins.push_back(*each);
  }
  return origins;
}

std::optional<std::string> off_origin(const Profile& profile, const std::string& href) {
  const std::string url = http::resolve(profile.target + "/", href).value_or(href);
  const auto origins = token_origins(profile);
  const auto to = http::origin(url);
  if (to && std::find(origins.begin(), origins.end(), *to) != origins.end()) return std::nullopt;
  return http::off_origin_message(url, origins);
}

}  // namespace ucwa::target
