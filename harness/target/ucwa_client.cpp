#include "target/ucwa_client.hpp"

#include "representation/media_type.hpp"

namespace ucwa::target {

std::string UcwaClient::absolute(std::string_view href) const {
  return http::resolve(profile_.target + "/", href).value_or(std::string(href));
}

http::Request UcwaClient::request(std::string method, std::string url, model::Format format,
                                  const std::optional<std::string>& token_override) const {
  http::Request request{std::move(method), std::move(url), {}, {}};
  request.headers.push_back({"Accept", std::string(representation::accept_for(format))});
  const auto& token = token_override ? token_override : profile_.token;
  if (token) request.headers.push_back({"Authorization", "Bearer " + *token});
  return request;
}

http::Exchange UcwaClient::get(std::string_view href, model::Format format,
                               std::optional<std::string> token_override) {
  return client_.send(request("GET", absolute(href), format, token_override));
}

http::Exchange UcwaClient::post_offer(std::string_view href,
                                      const http::QueryParameters& parameters, std::string offer,
                                      model::Format format,
                                      std::optional<std::string> token_override) {
  http::Request post =
      request("POST", http::with_query(absolute(href), parameters), format, token_override);
  post.headers.push_back({"Content-Type", "application/sdp"});
  post.body = std::move(offer);
  return client_.send(std::move(post));
}

}  // namespace ucwa::target
