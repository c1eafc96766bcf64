#include "target/ucwa_client.hpp"

#include "representation/media_type.hpp"

namespace ucwa::target {

namespace {

Credentials credentials_of(const std::optional<std::string>& token_override) {
  if (!token_override) return {};
  return {Credentials::Kind::other, *token_override};
}

}  // namespace

std::string UcwaClient::absolute(std::string_view href) const {
  return http::resolve(profile_.target + "/", href).value_or(std::string(href));
}

http::Exchange UcwaClient::send(const Call& call) {
  return client_.send(request_for(call));
}

http::Request UcwaClient::request_for(const Call& call) const {
  http::Request request{call.method, absolute(call.href), {}, call.body};
  if (!call.query.empty()) request.url = http::with_query(request.url, call.query);
  request.headers.push_back({"Accept", call.accept});
  std::optional<std::string> token;
  switch (call.credentials.kind) {
    case Credentials::Kind::the_runs:
      token = profile_.token;
      break;
    case Credentials::Kind::other:
      token = call.credentials.other;
      break;
    case Credentials::Kind::none:
      break;
  }
  if (token) request.headers.push_back({"Authorization", "Bearer " + *token});
  if (call.content_type) request.headers.push_back({"Content-Type", *call.content_type});
  return request;
}

http::Exchange UcwaClient::get(std::string_view href, model::Format format,
                               std::optional<std::string> token_override) {
  return send({"GET",
               std::string(href),
               {},
               std::string(representation::accept_for(format)),
               std::nullopt,
               {},
               credentials_of(token_override)});
}

}  // namespace ucwa::target
