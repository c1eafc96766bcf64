#include "test_support.hpp"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "text/ascii.hpp"

namespace ucwa::reference::testing {

std::optional<std::string> base64_decode(std::string_view text) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < text.size(); i += 4) {
    unsigned value = 0;
    int padding = 0;
    for (std::size_t j = 0; j < 4; ++j) {
      const char c = text[i + j];
      value <<= 6;
      if (c == '=') {
        ++padding;
        continue;
      }
      if (padding > 0) return std::nullopt;
      const auto index = kAlphabet.find(c);
      if (index == std::string_view::npos) return std::nullopt;
      value |= static_cast<unsigned>(index);
    }
    if (padding > 2 || (padding > 0 && i + 4 != text.size())) return std::nullopt;
    out += static_cast<char>((value >> 16) & 0xFF);
    if (padding < 2) out += static_cast<char>((value >> 8) & 0xFF);
    if (padding < 1) out += static_cast<char>(value & 0xFF);
  }
  return out;
}

std::string audio_video_offer() {
  return "v=0\r\n"
         "o=- 3747081832 3747081832 IN IP4 192.0.2.10\r\n"
         "s=session\r\n"
         "c=IN IP4 192.0.2.10\r\n"
         "b=CT:99980\r\n"
         "t=0 0\r\n"
         "m=audio 50010 RTP/AVP 114 9 0 8 101\r\n"
         "a=rtpmap:114 x-msrta/16000\r\n"
         "a=rtpmap:101 telephone-event/8000\r\n"
         "a=fmtp:101 0-16\r\n"
         "a=sendrecv\r\n"
         "m=video 50020 RTP/AVP 122 121\r\n"
         "a=rtpmap:122 X-H264UC/90000\r\n"
         "a=rtpmap:121 x-rtvc1/90000\r\n"
         "a=sendrecv\r\n";
}

std::string audio_only_offer() {
  return "v=0\r\n"
         "o=- 1 1 IN IP4 192.0.2.10\r\n"
         "s=session\r\n"
         "t=0 0\r\n"
         "m=audio 50010 RTP/AVP 0\r\n"
         "a=rtpmap:0 PCMU/8000\r\n";
}

ErrorBody read_error(const std::string& body, bool xml) {
  ErrorBody error;
  if (xml) {
    pugi::xml_document document;
    if (!document.load_string(body.c_str())) {
      ADD_FAILURE() << "error body is not XML: " << body;
      return error;
    }
    const auto reason = document.document_element();
    EXPECT_STREQ(reason.name(), "reason");
    EXPECT_EQ(std::string_view(reason.attribute("xmlns").value()), kNamespace);
    error.code = reason.child_value("code");
    if (reason.child("subcode")) error.subcode = reason.child_value("subcode");
    error.message = reason.child_value("message");
    for (const auto property : reason.child("parameters").children("property")) {
      error.parameters[property.attribute("name").value()] = property.child_value();
    }
    return error;
  }
  const auto json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    ADD_FAILURE() << "error body is not a JSON object: " << body;
    return error;
  }
  error.code = json.value("code", "");
  if (json.contains("subcode")) error.subcode = json["subcode"].get<std::string>();
  error.message = json.value("message", "");
  if (json.contains("parameters")) {
    for (const auto& [name, value] : json["parameters"].items())
      error.parameters[name] = value.get<std::string>();
  }
  return error;
}

void ServerTest::SetUp() {
  server_ = std::make_unique<Server>(options_);
  server_->start();
  client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
  client_->set_connection_timeout(5);
  client_->set_read_timeout(10);
}

void ServerTest::TearDown() {
  client_.reset();
  server_->stop();
}

httplib::Headers ServerTest::headers(std::string_view accept, const std::string& token) {
  httplib::Headers result{{"Authorization", "Bearer " + token}};
  if (!accept.empty()) result.emplace("Accept", std::string(accept));
  return result;
}

ConversationHrefs ServerTest::create_conversation() {
  const auto result =
      client().Post("/conformance/v1/conversations", headers(), "{}", "application/json");
  EXPECT_TRUE(result);
  if (!result) return {};
  EXPECT_EQ(result->status, 201) << result->body;
  const auto json = nlohmann::json::parse(result->body, nullptr, false);
  EXPECT_TRUE(json.is_object()) << result->body;
  if (!json.is_object()) return {};
  return {json.value("conversation", ""), json.value("audioVideo", ""),
          json.value("escalateAudioVideo", ""), json.value("events", "")};
}

void ServerTest::set_condition(const std::string& conversation, const std::string& condition) {
  const nlohmann::json body{{"conversation", conversation}, {"condition", condition}};
  const auto result =
      client().Post("/conformance/v1/conditions", headers(), body.dump(), "application/json");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 204) << result->body;
}

std::string ServerTest::mint_token(const std::vector<std::string>& scopes) {
  const nlohmann::json body{{"scopes", scopes}};
  const auto result =
      client().Post("/conformance/v1/tokens", headers(), body.dump(), "application/json");
  EXPECT_TRUE(result);
  if (!result) return {};
  EXPECT_EQ(result->status, 201) << result->body;
  const auto json = nlohmann::json::parse(result->body, nullptr, false);
  return json.is_object() ? json.value("token", "") : "";
}

httplib::Result ServerTest::escalate(const std::string& escalate_href,
                                     std::string_view operation_id,
                                     std::string_view session_context, std::string_view accept,
                                     const std::string& body, const std::string& token,
                                     const char* content_type) {
  return escalate_raw(escalate_href,
                      "operationId=" + text::percent_encode(operation_id) +
                          "&sessionContext=" + text::percent_encode(session_context),
                      accept, body, token, content_type);
}

httplib::Result ServerTest::escalate_raw(const std::string& escalate_href, const std::string& query,
                                         std::string_view accept, const std::string& body,
                                         const std::string& token, const char* content_type) {
  return client().Post(escalate_href + "?" + query, headers(accept, token), body, content_type);
}

}  // namespace ucwa::reference::testing
