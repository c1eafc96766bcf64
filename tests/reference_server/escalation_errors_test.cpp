// Every error path of POST escalateAudioVideo, in JSON and in XML.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "test_support.hpp"

namespace ucwa::reference::testing {
namespace {

class EscalationErrors : public ServerTest, public ::testing::WithParamInterface<Wire> {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    hrefs_ = create_conversation();
  }

  bool xml() const { return GetParam() == Wire::xml; }
  const char* accept() const { return accept_for(GetParam()); }

  // Checks status, Content-Type and body of a UCWA error answer; returns the body.
  ErrorBody expect_error(const httplib::Result& result, int status, const std::string& code,
                         const std::optional<std::string>& subcode) {
    EXPECT_TRUE(result);
    if (!result) return {};
    EXPECT_EQ(result->status, status) << result->body;
    EXPECT_EQ(result->get_header_value("Content-Type"),
              xml() ? "application/xml; charset=utf-8" : "application/json; charset=utf-8");
    auto error = read_error(result->body, xml());
    EXPECT_EQ(error.code, code);
    EXPECT_EQ(error.subcode, subcode);
    EXPECT_FALSE(error.message.empty());
    return error;
  }

  httplib::Result escalate_here(std::string_view operation_id = "op",
                                std::string_view session_context = "ctx") {
    return escalate(hrefs_.escalate, operation_id, session_context, accept());
  }

  ConversationHrefs hrefs_;
};

INSTANTIATE_TEST_SUITE_P(Formats, EscalationErrors, ::testing::Values(Wire::json, Wire::xml),
                         wire_name);

TEST_P(EscalationErrors, CallbackChannelUnreachable) {
  set_condition(hrefs_.conversation, "callbackChannelUnreachable");
  expect_error(escalate_here(), 500, "ServiceFailure", "CallbackChannelError");
}

TEST_P(EscalationErrors, TooManyGroups) {
  set_condition(hrefs_.conversation, "tooManyGroups");
  expect_error(escalate_here(), 409, "Conflict", "TooManyGroups");
}

TEST_P(EscalationErrors, ServiceUnsupported) {
  set_condition(hrefs_.conversation, "serviceUnsupported");
  expect_error(escalate_here(), 409, "Conflict", std::string("None"));
}

TEST_P(EscalationErrors, NoBackupPool) {
  set_condition(hrefs_.conversation, "noBackupPool");
  expect_error(escalate_here(), 410, "Gone", "CannotRedirect");
}

TEST_P(EscalationErrors, ConditionsAreOneShot) {
  set_condition(hrefs_.conversation, "tooManyGroups");
  expect_error(escalate_here(), 409, "Conflict", "TooManyGroups");
  const auto second = escalate_here();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 201);
}

TEST_P(EscalationErrors, TheLatestConditionWins) {
  set_condition(hrefs_.conversation, "tooManyGroups");
  set_condition(hrefs_.conversation, "noBackupPool");
  expect_error(escalate_here(), 410, "Gone", "CannotRedirect");
}

TEST_P(EscalationErrors, ConditionsStayOnTheirConversation) {
  const auto other = create_conversation();
  set_condition(other.conversation, "tooManyGroups");
  ASSERT_EQ(escalate_here()->status, 201);
  expect_error(escalate(other.escalate, "op", "ctx", accept()), 409, "Conflict", "TooManyGroups");
}

TEST_P(EscalationErrors, ARefusedRequestDoesNotConsumeTheCondition) {
  set_condition(hrefs_.conversation, "noBackupPool");
  expect_error(escalate_here("", "ctx"), 400, "BadRequest", "ParameterValidationFailure");
  expect_error(escalate_here(), 410, "Gone", "CannotRedirect");
}

TEST_P(EscalationErrors, AlreadyExists) {
  ASSERT_EQ(escalate_here()->status, 201);
  expect_error(escalate_here(), 409, "Conflict", "AlreadyExists");
}

TEST_P(EscalationErrors, ConditionComesBeforeAlreadyExists) {
  ASSERT_EQ(escalate_here()->status, 201);
  set_condition(hrefs_.conversation, "tooManyGroups");
  expect_error(escalate_here(), 409, "Conflict", "TooManyGroups");
  expect_error(escalate_here(), 409, "Conflict", "AlreadyExists");
}

TEST_P(EscalationErrors, OperationIdOf51CharactersIsRefused) {
  const auto error = expect_error(escalate_here(std::string(51, 'a'), "ctx"), 400, "BadRequest",
                                  "ParameterValidationFailure");
  EXPECT_EQ(error.parameters.size(), 1u);
  EXPECT_TRUE(error.parameters.contains("operationId"));
}

TEST_P(EscalationErrors, SessionContextOf51CharactersIsRefused) {
  const auto error = expect_error(escalate_here("op", std::string(51, 'b')), 400, "BadRequest",
                                  "ParameterValidationFailure");
  EXPECT_EQ(error.parameters.size(), 1u);
  EXPECT_TRUE(error.parameters.contains("sessionContext"));
}

TEST_P(EscalationErrors, EveryBadParameterIsNamed) {
  const auto error = expect_error(escalate_here("", std::string(60, 'c')), 400, "BadRequest",
                                  "ParameterValidationFailure");
  EXPECT_TRUE(error.parameters.contains("operationId"));
  EXPECT_TRUE(error.parameters.contains("sessionContext"));
}

TEST_P(EscalationErrors, EmptyValuesAreRefused) {
  const auto error =
      expect_error(escalate_raw(hrefs_.escalate, "operationId=&sessionContext=x", accept()), 400,
                   "BadRequest", "ParameterValidationFailure");
  EXPECT_EQ(error.parameters.size(), 1u);
  EXPECT_TRUE(error.parameters.contains("operationId"));
}

TEST_P(EscalationErrors, MissingParametersAreRefused) {
  const auto none = expect_error(
      client().Post(hrefs_.escalate, headers(accept()), audio_video_offer(), "application/sdp"),
      400, "BadRequest", "ParameterValidationFailure");
  EXPECT_TRUE(none.parameters.contains("operationId"));
  EXPECT_TRUE(none.parameters.contains("sessionContext"));
  const auto one = expect_error(escalate_raw(hrefs_.escalate, "operationId=x", accept()), 400,
                                "BadRequest", "ParameterValidationFailure");
  EXPECT_EQ(one.parameters.size(), 1u);
  EXPECT_TRUE(one.parameters.contains("sessionContext"));
  const auto bare =
      expect_error(escalate_raw(hrefs_.escalate, "operationId&sessionContext=x", accept()), 400,
                   "BadRequest", "ParameterValidationFailure");
  EXPECT_TRUE(bare.parameters.contains("operationId"));
}

TEST_P(EscalationErrors, DuplicatedParametersAreRefused) {
  const auto error = expect_error(
      escalate_raw(hrefs_.escalate, "operationId=a&operationId=b&sessionContext=x", accept()), 400,
      "BadRequest", "ParameterValidationFailure");
  EXPECT_TRUE(error.parameters.contains("operationId"));
}

TEST_P(EscalationErrors, FiftyCharactersAreAccepted) {
  const auto result = escalate_here(std::string(50, 'a'), std::string(50, 'b'));
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201) << result->body;
}

TEST_P(EscalationErrors, FiftyMultibyteCharactersAreAccepted) {
  std::string two_byte, four_byte;
  for (int i = 0; i < 50; ++i) {
    two_byte += "\xC3\xA9";           // é
    four_byte += "\xF0\x9F\x98\x80";  // 😀
  }
  const auto result = escalate_here(two_byte, four_byte);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201) << result->body;
}

TEST_P(EscalationErrors, FiftyOneMultibyteCharactersAreRefused) {
  std::string value;
  for (int i = 0; i < 51; ++i) value += "\xC3\xA9";
  const auto error =
      expect_error(escalate_here("op", value), 400, "BadRequest", "ParameterValidationFailure");
  EXPECT_TRUE(error.parameters.contains("sessionContext"));
}

TEST_P(EscalationErrors, ValuesThatAreNotUtf8OrTextAreRefused) {
  for (const auto* query :
       {"operationId=%FF&sessionContext=x", "operationId=%C3%28&sessionContext=x",
        "operationId=%ED%A0%80&sessionContext=x", "operationId=%C0%AF&sessionContext=x",
        "operationId=%G1&sessionContext=x", "operationId=ab%4&sessionContext=x",
        "operationId=%00&sessionContext=x", "operationId=a%01b&sessionContext=x"}) {
    const auto error = expect_error(escalate_raw(hrefs_.escalate, query, accept()), 400,
                                    "BadRequest", "ParameterValidationFailure");
    EXPECT_TRUE(error.parameters.contains("operationId")) << query;
  }
}

TEST_P(EscalationErrors, TokenWithoutScopesIsForbidden) {
  const auto token = mint_token({});
  expect_error(escalate(hrefs_.escalate, "op", "ctx", accept(), audio_video_offer(), token), 403,
               "Forbidden", std::nullopt);
  const auto unrelated = mint_token({"Contacts.ReadWrite", "Meetings.ReadWrite"});
  expect_error(escalate(hrefs_.escalate, "op", "ctx", accept(), audio_video_offer(), unrelated),
               403, "Forbidden", std::nullopt);
}

TEST_P(EscalationErrors, EitherConversationScopeIsEnough) {
  const auto receive = mint_token({"Conversations.Receive"});
  const auto first = escalate(hrefs_.escalate, "op", "ctx", accept(), audio_video_offer(), receive);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 201);
  const auto other = create_conversation();
  const auto initiate = mint_token({"Conversations.Initiate"});
  const auto second =
      escalate(other.escalate, "op", "ctx", accept(), audio_video_offer(), initiate);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 201);
}

TEST_P(EscalationErrors, ForbiddenComesBeforeNotFound) {
  const auto token = mint_token({});
  expect_error(escalate(hrefs_.conversation + "0/audioVideo/escalateAudioVideo", "op", "ctx",
                        accept(), audio_video_offer(), token),
               403, "Forbidden", std::nullopt);
}

TEST_P(EscalationErrors, ForgottenConversationIsNotFound) {
  ASSERT_EQ(client().Delete("/conformance/v1/state", headers())->status, 204);
  expect_error(escalate_here(), 404, "NotFound", std::nullopt);
  const auto get = client().Get(hrefs_.conversation, headers(accept()));
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 404);
  expect_error(client().Put(hrefs_.escalate, headers(accept()), "", "application/sdp"), 404,
               "NotFound", std::nullopt);
}

TEST_P(EscalationErrors, UnknownConversationIsNotFound) {
  expect_error(
      escalate(hrefs_.conversation + "0/audioVideo/escalateAudioVideo", "op", "ctx", accept()), 404,
      "NotFound", std::nullopt);
}

TEST_P(EscalationErrors, OtherMethodsAreNotAllowed) {
  const auto check = [&](const httplib::Result& result) {
    expect_error(result, 405, "MethodNotAllowed", std::nullopt);
    if (result) {
      EXPECT_EQ(result->get_header_value("Allow"), "POST");
    }
  };
  check(client().Get(hrefs_.escalate, headers(accept())));
  check(client().Put(hrefs_.escalate, headers(accept()), audio_video_offer(), "application/sdp"));
  check(client().Delete(hrefs_.escalate, headers(accept())));
  check(client().Patch(hrefs_.escalate, headers(accept()), audio_video_offer(), "application/sdp"));
}

TEST_P(EscalationErrors, BodyMustBeSdp) {
  expect_error(escalate(hrefs_.escalate, "op", "ctx", accept(), "{}", kToken, "application/json"),
               415, "UnsupportedMediaType", std::nullopt);
  expect_error(
      escalate(hrefs_.escalate, "op", "ctx", accept(), audio_video_offer(), kToken, "text/plain"),
      415, "UnsupportedMediaType", std::nullopt);
  expect_error(escalate(hrefs_.escalate, "op", "ctx", accept(), audio_video_offer(), kToken,
                        "multipart/alternative"),
               415, "UnsupportedMediaType", std::nullopt);
}

TEST_P(EscalationErrors, MissingContentTypeIsUnsupported) {
  // httplib's client labels any non-empty body, so this request has no body at all.
  httplib::Request request;
  request.method = "POST";
  request.path = hrefs_.escalate + "?operationId=op&sessionContext=ctx";
  request.headers = headers(accept());
  const auto result = client().send(request);
  ASSERT_TRUE(result);
  expect_error(result, 415, "UnsupportedMediaType", std::nullopt);
}

TEST_P(EscalationErrors, SdpContentTypeMayHaveParametersAndAnyCase) {
  const auto result = escalate(hrefs_.escalate, "op", "ctx", accept(), audio_video_offer(), kToken,
                               "Application/SDP; charset=utf-8");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201) << result->body;
}

TEST_P(EscalationErrors, UnsupportedMediaTypeComesBeforeParameters) {
  expect_error(escalate(hrefs_.escalate, "", "", accept(), "{}", kToken, "application/json"), 415,
               "UnsupportedMediaType", std::nullopt);
}

TEST_P(EscalationErrors, ParametersComeBeforeTheOffer) {
  expect_error(escalate(hrefs_.escalate, "", "ctx", accept(), "garbage"), 400, "BadRequest",
               "ParameterValidationFailure");
}

TEST_P(EscalationErrors, OfferWithoutVideoIsRefused) {
  expect_error(escalate(hrefs_.escalate, "op", "ctx", accept(), audio_only_offer()), 400,
               "BadRequest", "InvalidMediaDescription");
}

TEST_P(EscalationErrors, MalformedOffersAreRefused) {
  for (const std::string& body :
       {std::string(), std::string("garbage"), std::string("\r\n"),
        std::string("v=0\r\nm=audio 1 RTP/AVP 0\r\nm=video 2 RTP/AVP 96\r\n"),
        std::string("o=- 1 1 IN IP4 1.2.3.4\r\nv=0\r\ns=x\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\n"
                    "m=video 2 RTP/AVP 96\r\n"),
        std::string("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=x\r\nt=0 0\r\nm=audio\r\n"
                    "m=video 2 RTP/AVP 96\r\n"),
        std::string("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=x\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\n"
                    "m=video 99999 RTP/AVP 96\r\n"),
        std::string(1000, '\0')}) {
    expect_error(escalate(hrefs_.escalate, "op", "ctx", accept(), body), 400, "BadRequest",
                 "InvalidMediaDescription");
  }
}

TEST_P(EscalationErrors, RequestTooLarge) {
  const auto body = audio_video_offer() + "a=" + std::string(2 * 1024 * 1024, 'x') + "\r\n";
  const auto result = escalate(hrefs_.escalate, "op", "ctx", accept(), body);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 413);
  EXPECT_EQ(read_error(result->body, xml()).code, "EntityTooLarge");
}

// Many clients escalating one conversation at once: exactly one wins, the others conflict.
TEST(EscalationRace, ExactlyOneEscalationWins) {
  Server server(Options{});
  server.start();
  httplib::Client control("127.0.0.1", server.port());
  const auto created =
      control.Post("/conformance/v1/conversations", {{"Authorization", "Bearer " + kToken}}, "{}",
                   "application/json");
  ASSERT_TRUE(created);
  const auto escalate =
      nlohmann::json::parse(created->body)["escalateAudioVideo"].get<std::string>();

  constexpr int kClients = 12;
  std::vector<int> statuses(kClients, 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < kClients; ++i) {
    threads.emplace_back([&, i] {
      httplib::Client client("127.0.0.1", server.port());
      const auto result = client.Post(
          escalate + "?operationId=op" + std::to_string(i) + "&sessionContext=c",
          {{"Authorization", "Bearer " + kToken}}, audio_video_offer(), "application/sdp");
      statuses[static_cast<std::size_t>(i)] = result ? result->status : -1;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 1);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 409), kClients - 1);
}

TEST(EscalationNotAcceptable, AnswersInJson) {
  Server server(Options{});
  server.start();
  httplib::Client client("127.0.0.1", server.port());
  const auto created =
      client.Post("/conformance/v1/conversations", {{"Authorization", "Bearer " + kToken}}, "{}",
                  "application/json");
  ASSERT_TRUE(created);
  const auto escalate =
      nlohmann::json::parse(created->body)["escalateAudioVideo"].get<std::string>();
  for (const auto* accept : {"text/html", "image/png", "application/json;q=0", "text/*"}) {
    const auto result = client.Post(escalate + "?operationId=a&sessionContext=b",
                                    {{"Authorization", "Bearer " + kToken}, {"Accept", accept}},
                                    audio_video_offer(), "application/sdp");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 406) << accept;
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8");
    EXPECT_EQ(read_error(result->body, false).code, "NotAcceptable");
  }
  // 406 comes before 415 and 400.
  const auto result =
      client.Post(escalate, {{"Authorization", "Bearer " + kToken}, {"Accept", "text/html"}}, "{}",
                  "application/json");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 406);
}

}  // namespace
}  // namespace ucwa::reference::testing
