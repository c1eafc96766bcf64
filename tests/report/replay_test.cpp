// The replay script of a failing test (report::replay_script): what it sends, where, and that no
// secret is written into it. tests/end_to_end/cli_test.sh runs one against the reference server.
#include "report/replay.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

using namespace ucwa;

constexpr const char* kTarget = "http://127.0.0.1:8443";
constexpr const char* kControl = "http://127.0.0.1:8443/conformance/v1";
constexpr const char* kRunToken = "run-token-123456";
constexpr const char* kMinted = "minted-token-abcdef";
constexpr const char* kOld = "/ucwa/oauth/v1/applications/101/communication/conversations/7";

http::Exchange exchange(std::string method, std::string url, http::Headers headers,
                        std::string body, int status, std::string answer) {
  http::Exchange made;
  made.request = {std::move(method), std::move(url), std::move(headers), std::move(body)};
  made.response = http::Response{status, {{"Content-Type", "application/json"}}, answer};
  return made;
}

http::Header bearer(const std::string& token) {
  return {"Authorization", "Bearer " + token};
}

// A test that made a conversation, minted a token, set a condition and escalated with the token.
std::vector<http::Exchange> conditioned_escalation() {
  const std::string old(kOld);
  return {
      exchange(
          "POST", std::string(kControl) + "/conversations",
          {{"Accept", "application/json"}, {"Content-Type", "application/json"}, bearer(kRunToken)},
          "{}", 201,
          R"({"conversation":")" + old + R"(","audioVideo":")" + old +
              R"(/audioVideo","escalateAudioVideo":")" + old +
              R"(/audioVideo/escalateAudioVideo"})"),
      exchange(
          "POST", std::string(kControl) + "/tokens",
          {{"Accept", "application/json"}, {"Content-Type", "application/json"}, bearer(kRunToken)},
          R"({"scopes":["initiate"]})", 201, R"({"token":")" + std::string(kMinted) + R"("})"),
      exchange(
          "POST", std::string(kControl) + "/conditions",
          {{"Accept", "application/json"}, {"Content-Type", "application/json"}, bearer(kRunToken)},
          R"({"condition":"too-many-groups","conversation":")" + old + R"("})", 204, ""),
      exchange(
          "POST",
          std::string(kTarget) + old +
              "/audioVideo/escalateAudioVideo?operationId=0123abcd&sessionContext=it's",
          {{"Accept", "application/json"}, bearer(kMinted), {"Content-Type", "application/sdp"}},
          "v=0\r\na=x:100% 'quoted' \\ back\r\n", 409,
          R"({"code":"Conflict","subcode":"TooManyGroups"})"),
  };
}

std::string script_of(const std::vector<http::Exchange>& exchanges) {
  const report::Redactor redact(kRunToken, {kRunToken, kMinted});
  return report::replay_script(exchanges, redact,
                               {"OperationErrors.TooManyGroups/Json", kTarget, kControl});
}

TEST(ReplayScript, HoldsNoSecret) {
  const std::string script = script_of(conditioned_escalation());
  EXPECT_EQ(script.find(kRunToken), std::string::npos);
  EXPECT_EQ(script.find(kMinted), std::string::npos);
  EXPECT_NE(script.find(": \"${UCWA_TOKEN:?"), std::string::npos) << "UCWA_TOKEN is required";
}

TEST(ReplayScript, MakesAFreshConversationAndTakesItsHrefs) {
  const std::string script = script_of(conditioned_escalation());
  EXPECT_NE(script.find("curl -sS -g -D \"$work/head-1\" -o \"$work/answer-1\" -X 'POST' "
                        "\"${control}\"'/conversations'"),
            std::string::npos)
      << script;
  EXPECT_NE(script.find("escalate_audio_video_1=$(member escalateAudioVideo <\"$work/answer-1\")"),
            std::string::npos);
  EXPECT_NE(script.find("escalate_audio_video_1_url=$(absolute \"$escalate_audio_video_1\")"),
            std::string::npos);
  EXPECT_NE(script.find("target='http://127.0.0.1:8443'"), std::string::npos);
  EXPECT_NE(script.find("control='http://127.0.0.1:8443/conformance/v1'"), std::string::npos);
}

TEST(ReplayScript, SetsTheConditionOnTheFreshConversation) {
  const std::string script = script_of(conditioned_escalation());
  EXPECT_NE(script.find("printf '{\"condition\":\"too-many-groups\",\"conversation\":\"%s\"}' "
                        "\"${conversation_1}\""),
            std::string::npos)
      << script;
  EXPECT_EQ(script.find(std::string(kOld) + "\""), std::string::npos)
      << "the run's conversation is not named";
}

TEST(ReplayScript, SendsTheFailingRequestToTheFreshHrefAsTheRunSentIt) {
  const std::string script = script_of(conditioned_escalation());
  // The query's random values as the run drew them; the minted token minted again.
  EXPECT_NE(script.find("-X 'POST' \"${escalate_audio_video_1_url}\""
                        "'?operationId=0123abcd&sessionContext=it'\\''s' \\\n"
                        "  -H 'Accept: application/json' \\\n"
                        "  -H 'Authorization: Bearer '\"${token_2}\" \\\n"
                        "  -H 'Content-Type: application/sdp' \\\n"
                        "  -H 'User-Agent:' \\\n"
                        "  -H 'Expect:' \\\n"
                        "  --data-binary @\"$work/body-4\" ||\n"
                        "  echo \"(no answer: curl exited $?)\""),
            std::string::npos)
      << script;
  EXPECT_NE(script.find("token_2=$(member token <\"$work/answer-2\")"), std::string::npos);
  EXPECT_NE(
      script.find("  printf 'v=0\\r\\n'\n  printf 'a=x:100%% '\\''quoted'\\'' \\\\ back\\r\\n'"),
      std::string::npos)
      << script;
}

TEST(ReplayScript, SendsNothingTheRunDidNotSend) {
  auto exchanges = conditioned_escalation();
  exchanges.back().response.reset();
  exchanges.back().failure = http::TransportFailure::off_origin;
  const std::string script = script_of(exchanges);
  EXPECT_EQ(script.find("--data-binary @\"$work/body-4\""), std::string::npos);
  EXPECT_NE(script.find("not sent: the run did not send it either"), std::string::npos);
}

TEST(ReplayScript, ARunWithoutATokenNeedsNone) {
  http::Exchange get;
  get.request = {"GET", std::string(kTarget) + "/ucwa", {{"Accept", "application/xml"}}, ""};
  get.response = http::Response{401, {}, ""};
  const std::string script = report::replay_script(
      {get}, report::Redactor("", {}), {"Authorization.NeedsToken/Xml", kTarget, kControl});
  EXPECT_EQ(script.find("UCWA_TOKEN:?"), std::string::npos);
  EXPECT_NE(script.find("curl -sS -g -i -X 'GET' \"${target}\"'/ucwa'"), std::string::npos);
}

// The script is valid bash, whatever bytes the exchanges held.
TEST(ReplayScript, IsValidBash) {
  auto exchanges = conditioned_escalation();
  exchanges.back().request.body = std::string("nul\0 cr\r bell\x07 dollar $(x) `y`", 31);
  const auto file = std::filesystem::temp_directory_path() / "ucwa-replay-test.sh";
  std::ofstream(file, std::ios::binary) << script_of(exchanges);
  const std::string check = "bash -n '" + file.string() + "'";
  EXPECT_EQ(std::system(check.c_str()), 0);
  std::filesystem::remove(file);
}

}  // namespace
