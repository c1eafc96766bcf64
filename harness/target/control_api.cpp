#include "target/control_api.hpp"

#include <nlohmann/json.hpp>

namespace ucwa::target {

namespace {

using nlohmann::json;

// The start of an answer body on one line, for a failure message.
std::string excerpt(const std::string& body) {
  constexpr std::size_t limit = 160;
  std::string line;
  for (char c : body.substr(0, limit)) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return body.size() > limit ? line + "..." : line;
}

// What went wrong with an exchange that did not give the expected status, or nothing.
template <typename T>
std::optional<ControlResult<T>> trouble(const http::Exchange& exchange, int expected) {
  const std::string what = exchange.request.method + " " + exchange.request.url;
  if (!exchange.answered()) {
    return ControlResult<T>{
        std::nullopt,
        Unavailable{Unavailable::Why::transport, "control API: " + exchange.describe_failure()}};
  }
  int status = exchange.response->status;
  if (status == expected) return std::nullopt;
  if (status == 404 || status == 501) {
    return ControlResult<T>{std::nullopt,
                            Unavailable{Unavailable::Why::not_simulated,
                                        "the target cannot simulate this: control API answered " +
                                            std::to_string(status) + " to " + what}};
  }
  return ControlResult<T>{
      std::nullopt,
      Unavailable{Unavailable::Why::refused,
                  "control API answered " + std::to_string(status) + " to " + what + " (expected " +
                      std::to_string(expected) + "): " + excerpt(exchange.response->body)}};
}

template <typename T>
ControlResult<T> malformed(const http::Exchange& exchange, const std::string& why) {
  return {std::nullopt, Unavailable{Unavailable::Why::malformed,
                                    "control API answer to " + exchange.request.method + " " +
                                        exchange.request.url + " " + why}};
}

std::optional<std::string> string_member(const json& object, const char* name) {
  auto member = object.find(name);
  if (member == object.end() || !member->is_string() || member->get<std::string>().empty()) {
    return std::nullopt;
  }
  return member->get<std::string>();
}

}  // namespace

http::Exchange ControlApi::call(std::string method, std::string_view path, std::string body) {
  return client_.send(request(profile_, std::move(method), path, std::move(body)));
}

http::Request ControlApi::request(const Profile& profile, std::string method, std::string_view path,
                                  std::string body) {
  http::Request request{
      std::move(method), profile.control + std::string(path), {}, std::move(body)};
  request.headers.push_back({"Accept", "application/json"});
  if (!request.body.empty()) request.headers.push_back({"Content-Type", "application/json"});
  if (profile.token) request.headers.push_back({"Authorization", "Bearer " + *profile.token});
  return request;
}

ControlResult<Conversation> ControlApi::create_conversation() {
  return conversation_from(call("POST", "/conversations", "{}"), profile_);
}

ControlResult<Conversation> ControlApi::conversation_from(const http::Exchange& exchange,
                                                          const Profile& profile) {
  if (auto failed = trouble<Conversation>(exchange, 201)) return *failed;
  json answer = json::parse(exchange.response->body, nullptr, false);
  if (!answer.is_object()) return malformed<Conversation>(exchange, "is not a JSON object");
  auto conversation = string_member(answer, "conversation");
  auto audio_video = string_member(answer, "audioVideo");
  auto escalate = string_member(answer, "escalateAudioVideo");
  if (!conversation || !audio_video || !escalate) {
    return malformed<Conversation>(
        exchange, "lacks one of \"conversation\", \"audioVideo\", \"escalateAudioVideo\"");
  }
  Conversation created{*conversation, *audio_video, *escalate, string_member(answer, "events")};
  // The tests would send the token along these hrefs: one elsewhere is the answer's defect.
  for (const std::string* href :
       {&created.conversation, &created.audio_video, &created.escalate_audio_video}) {
    if (auto off = off_origin(profile, *href))
      return malformed<Conversation>(exchange, "names a " + *off);
  }
  if (created.events) {
    if (auto off = off_origin(profile, *created.events))
      return malformed<Conversation>(exchange, "names a " + *off);
  }
  return {std::move(created), std::nullopt};
}

ControlResult<Done> ControlApi::set_condition(const std::string& conversation_href,
                                              std::string_view condition) {
  json body{{"conversation", conversation_href}, {"condition", condition}};
  http::Exchange exchange = call("POST", "/conditions", body.dump());
  if (auto failed = trouble<Done>(exchange, 204)) return *failed;
  return {Done{}, std::nullopt};
}

ControlResult<std::string> ControlApi::mint_token(const std::vector<std::string>& scopes) {
  json body{{"scopes", scopes}};
  http::Exchange exchange = call("POST", "/tokens", body.dump());
  if (auto failed = trouble<std::string>(exchange, 201)) return *failed;
  json answer = json::parse(exchange.response->body, nullptr, false);
  auto token = answer.is_object() ? string_member(answer, "token") : std::nullopt;
  if (!token) return malformed<std::string>(exchange, "has no \"token\"");
  return {*token, std::nullopt};
}

}  // namespace ucwa::target
