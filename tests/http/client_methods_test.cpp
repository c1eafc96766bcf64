#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>

#include "http/client.hpp"
#include "loopback_server.hpp"

namespace ucwa::http {
namespace {

using ::testing::ElementsAre;
using ::testing::Optional;
using namespace std::string_literals;

// Answers with what it received: the body echoed, the rest as X-Seen-* headers.
void echo(const httplib::Request& request, httplib::Response& response) {
  response.set_header("X-Seen-Method", request.method);
  response.set_header("X-Seen-Test", request.get_header_value("X-Test"));
  response.set_header("X-Seen-Body-Size", std::to_string(request.body.size()));
  response.set_header("X-Seen-Content-Length", request.get_header_value("Content-Length"));
  const auto type = request.get_header_value("Content-Type");
  response.set_content(request.body, type.empty() ? "application/octet-stream" : type.c_str());
}

class ClientMethodsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& routes = server_.server();
    routes.Get("/echo", echo);
    routes.Post("/echo", echo);
    routes.Put("/echo", echo);
    routes.Patch("/echo", echo);
    routes.Delete("/echo", echo);
    routes.Options("/echo", echo);
    routes.Get("/challenge", [](const httplib::Request&, httplib::Response& response) {
      response.status = 401;
      response.set_header("WWW-Authenticate", "Bearer trusted_issuers=\"\"");
      response.set_header("WWW-Authenticate", "MsRtcOAuth href=\"https://a/token\"");
    });
    routes.Get("/moved", [](const httplib::Request&, httplib::Response& response) {
      response.status = 302;
      response.set_header("Location", "/target");
    });
    routes.Get("/target", [this](const httplib::Request&, httplib::Response& response) {
      ++target_hits_;
      response.set_content("target", "text/plain");
    });
    server_.start();
  }

  Exchange send(std::string method, std::string body = {}, Headers headers = {}) {
    return client_.send(
        Request{std::move(method), server_.url("/echo"), std::move(headers), std::move(body)});
  }

  testing::LoopbackServer server_;
  Client client_;
  std::atomic<int> target_hits_{0};
};

TEST_F(ClientMethodsTest, GetReturnsStatusHeadersAndBody) {
  const auto exchange = send("GET", {}, {{"X-Test", "hello"}});
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.failure, TransportFailure::none);
  EXPECT_EQ(exchange.response->status, 200);
  EXPECT_THAT(find_header(exchange.response->headers, "x-seen-method"), Optional("GET"s));
  EXPECT_THAT(find_header(exchange.response->headers, "X-Seen-Test"), Optional("hello"s));
  EXPECT_EQ(exchange.request.method, "GET");
  EXPECT_GT(exchange.elapsed.count(), 0);
}

TEST_F(ClientMethodsTest, MethodsWithBodiesRoundTrip) {
  for (const std::string method : {"POST", "PUT", "PATCH", "DELETE"}) {
    const auto exchange =
        send(method, "{\"a\":1}", {{"Content-Type", "application/json"}, {"X-Test", method}});
    ASSERT_TRUE(exchange.answered()) << method << ": " << exchange.describe_failure();
    const auto& response = *exchange.response;
    EXPECT_EQ(response.status, 200) << method;
    EXPECT_EQ(response.body, "{\"a\":1}") << method;
    EXPECT_THAT(find_header(response.headers, "X-Seen-Method"), Optional(method)) << method;
    EXPECT_THAT(find_header(response.headers, "X-Seen-Test"), Optional(method)) << method;
    EXPECT_THAT(find_header(response.headers, "Content-Type"), Optional("application/json"s));
  }
}

TEST_F(ClientMethodsTest, OptionsIsSentAsACustomMethod) {
  const auto exchange = send("OPTIONS");
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_THAT(find_header(exchange.response->headers, "X-Seen-Method"), Optional("OPTIONS"s));
}

// httplib ignores a GET body, so the check stops at the announced length.
TEST_F(ClientMethodsTest, GetMayCarryABody) {
  const auto exchange = send("GET", "query-body");
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  const auto& headers = exchange.response->headers;
  EXPECT_THAT(find_header(headers, "X-Seen-Method"), Optional("GET"s));
  EXPECT_THAT(find_header(headers, "X-Seen-Content-Length"), Optional("10"s));
}

TEST_F(ClientMethodsTest, HeadReturnsHeadersWithoutBody) {
  const auto exchange = send("HEAD");
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.response->status, 200);
  EXPECT_THAT(find_header(exchange.response->headers, "X-Seen-Method"), Optional("HEAD"s));
  EXPECT_TRUE(exchange.response->body.empty());
}

TEST_F(ClientMethodsTest, BinaryBodyRoundTripsByteForByte) {
  std::string body;
  for (int i = 0; i < 4 * 256; ++i) body += static_cast<char>(i % 256);
  const auto exchange = send("POST", body, {{"Content-Type", "application/octet-stream"}});
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.response->body, body);
  EXPECT_THAT(find_header(exchange.response->headers, "X-Seen-Body-Size"), Optional("1024"s));
}

TEST_F(ClientMethodsTest, RepeatedResponseHeadersAreAllKeptInOrder) {
  const auto exchange = client_.send(Request{"GET", server_.url("/challenge"), {}, {}});
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.response->status, 401);
  EXPECT_THAT(find_headers(exchange.response->headers, "www-authenticate"),
              ElementsAre("Bearer trusted_issuers=\"\"", "MsRtcOAuth href=\"https://a/token\""));
}

TEST_F(ClientMethodsTest, RedirectIsReturnedNotFollowed) {
  const auto exchange = client_.send(Request{"GET", server_.url("/moved"), {}, {}});
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.response->status, 302);
  EXPECT_THAT(find_header(exchange.response->headers, "Location"), Optional("/target"s));
  EXPECT_EQ(target_hits_.load(), 0);
}

TEST_F(ClientMethodsTest, InterimContinueLeavesOnlyTheFinalResponse) {
  const auto exchange = send("POST", "payload", {{"Expect", "100-continue"}});
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.response->status, 200);
  EXPECT_EQ(exchange.response->body, "payload");
  EXPECT_EQ(find_headers(exchange.response->headers, "X-Seen-Method").size(), 1u);
}

}  // namespace
}  // namespace ucwa::http
