#pragma once

// Shared pieces of the reference server's tests: a fixture that starts a Server on a free
// port with an httplib client pointed at it, and small readers for its answers.

#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference_server/reference_server.hpp"

namespace ucwa::reference::testing {

inline const std::string kToken = "conformance-token";
inline constexpr std::string_view kNamespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

std::optional<std::string> base64_decode(std::string_view text);

// A well-formed SDP offer with m=audio and m=video, CRLF line ends.
std::string audio_video_offer();
std::string audio_only_offer();

struct ConversationHrefs {
  std::string conversation;
  std::string audio_video;
  std::string escalate;
  std::string events;  // the application's event channel, at its current position
};

// A UCWA error body, read from JSON or XML.
struct ErrorBody {
  std::string code;
  std::optional<std::string> subcode;
  std::string message;
  std::map<std::string, std::string> parameters;
};
ErrorBody read_error(const std::string& body, bool xml);

enum class Wire { json, xml };
inline const char* accept_for(Wire wire) {
  return wire == Wire::xml ? "application/xml" : "application/json";
}
inline std::string wire_name(const ::testing::TestParamInfo<Wire>& info) {
  return info.param == Wire::xml ? "Xml" : "Json";
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  httplib::Client& client() { return *client_; }
  // Authorization with `token`, and Accept when given.
  static httplib::Headers headers(std::string_view accept = {}, const std::string& token = kToken);

  ConversationHrefs create_conversation();
  void set_condition(const std::string& conversation, const std::string& condition);
  std::string mint_token(const std::vector<std::string>& scopes);

  // POST <escalate>?operationId=<encoded>&sessionContext=<encoded>.
  httplib::Result escalate(const std::string& escalate_href, std::string_view operation_id,
                           std::string_view session_context,
                           std::string_view accept = "application/json",
                           const std::string& body = audio_video_offer(),
                           const std::string& token = kToken,
                           const char* content_type = "application/sdp");
  // POST <escalate>?<query> with the query exactly as given.
  httplib::Result escalate_raw(const std::string& escalate_href, const std::string& query,
                               std::string_view accept = "application/json",
                               const std::string& body = audio_video_offer(),
                               const std::string& token = kToken,
                               const char* content_type = "application/sdp");

  Options options_;  // what SetUp starts the server with; a fixture may change it first
  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
};

}  // namespace ucwa::reference::testing
