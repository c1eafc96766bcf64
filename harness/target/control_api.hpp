#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/client.hpp"
#include "target/profile.hpp"

namespace ucwa::target {

// The hrefs of a fresh peer-to-peer audio/video conversation (POST {control}/conversations).
struct Conversation {
  std::string conversation;
  std::string audio_video;
  std::string escalate_audio_video;
  std::optional<std::string> events;
};

// Why the control API could not bring the target into a state.
struct Unavailable {
  enum class Why {
    not_simulated,  // 404 or 501: the vendor cannot simulate it; tests needing it are skipped
    transport,      // no answer
    refused,        // any other status (401, 500, ...)
    malformed,      // an answer that is not what docs/control-api.md promises
  };
  Why why;
  std::string reason;
};

template <typename T>
struct ControlResult {
  std::optional<T> value;
  std::optional<Unavailable> unavailable;
};

struct Done {};

// Conformance control API, version 1 (docs/control-api.md).
class ControlApi {
 public:
  ControlApi(const Profile& profile, http::Client& client) : profile_(profile), client_(client) {}

  ControlResult<Conversation> create_conversation();
  ControlResult<Done> set_condition(const std::string& conversation_href,
                                    std::string_view condition);
  ControlResult<std::string> mint_token(const std::vector<std::string>& scopes);

  // One request to {control}{path}, with the run's token; for a caller that judges the answer
  // itself (the preflight check).
  http::Exchange call(std::string method, std::string_view path, std::string body);

  // What call() sends, and what create_conversation() makes of the answer, for a caller that
  // sends it another way (the load mode).
  static http::Request request(const Profile& profile, std::string method, std::string_view path,
                               std::string body);
  static ControlResult<Conversation> conversation_from(const http::Exchange& exchange,
                                                       const Profile& profile);

 private:
  const Profile& profile_;
  http::Client& client_;
};

}  // namespace ucwa::target
