#include <arpa/inet.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "http/client.hpp"
#include "http/url.hpp"
#include "loopback_server.hpp"

namespace ucwa::http {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono_literals;

// A raw socket server on 127.0.0.1 that answers one connection by sending its status line and
// headers one byte every 100 ms: never silent for long, never done in time.
class DrippingServer {
 public:
  DrippingServer() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(listener_, 4);
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] {
      const int connection = ::accept(listener_, nullptr, nullptr);
      if (connection < 0) return;
      const std::string answer =
          "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: "
          "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
          "Content-Length: 2\r\n\r\nok";
      for (char c : answer) {
        if (stop_ || ::send(connection, &c, 1, MSG_NOSIGNAL) != 1) break;
        std::this_thread::sleep_for(100ms);
      }
      ::close(connection);
    });
  }
  ~DrippingServer() {
    stop_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    ::close(listener_);
    thread_.join();
  }
  DrippingServer(const DrippingServer&) = delete;
  DrippingServer& operator=(const DrippingServer&) = delete;

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/"; }

 private:
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

TEST(ClientBoundsTest, HeadersDrippedByteByByteTimeOutAtTheTotalLimit) {
  DrippingServer server;
  ClientOptions options;
  options.timeout = 700ms;
  Client client(options);
  const auto exchange = client.send(Request{"GET", server.url(), {}, {}});
  EXPECT_FALSE(exchange.answered());
  EXPECT_EQ(exchange.failure, TransportFailure::timed_out) << exchange.describe_failure();
  EXPECT_LT(exchange.elapsed, 1500ms);  // the drip alone would take some 13 s
}

class ClientTokenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.server().Get(
        "/x", [this](const httplib::Request& request, httplib::Response& response) {
          ++requests_;
          response.set_content(request.get_header_value("Authorization"), "text/plain");
        });
    server_.start();
  }

  Client client_to(std::vector<std::string> origins) {
    ClientOptions options;
    options.token_origins = std::move(origins);
    return Client(options);
  }

  testing::LoopbackServer server_;
  std::atomic<int> requests_{0};
};

TEST_F(ClientTokenTest, TokenGoesToAnAllowedOrigin) {
  const std::string url = server_.url("/x");
  Client client = client_to({*origin(url)});
  const auto exchange = client.send(Request{"GET", url, {{"Authorization", "Bearer t"}}, {}});
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.response->body, "Bearer t");
}

TEST_F(ClientTokenTest, TokenNeverLeavesForAnotherOrigin) {
  Client client = client_to({"http://127.0.0.1:1", "http://127.0.0.1:2"});
  const std::string url = server_.url("/x");
  const auto exchange = client.send(Request{"GET", url, {{"Authorization", "Bearer t"}}, {}});
  EXPECT_FALSE(exchange.answered());
  EXPECT_EQ(exchange.failure, TransportFailure::off_origin);
  EXPECT_EQ(exchange.failure_detail,
            "link off the target's origin: " + url +
                " (not followed: the bearer token is sent only to http://127.0.0.1:1 and "
                "http://127.0.0.1:2)");
  EXPECT_EQ(requests_, 0);
}

TEST_F(ClientTokenTest, RequestWithoutTokenGoesAnywhere) {
  Client client = client_to({"http://127.0.0.1:1"});
  const auto exchange = client.send(Request{"GET", server_.url("/x"), {}, {}});
  EXPECT_TRUE(exchange.answered()) << exchange.describe_failure();
}

TEST_F(ClientTokenTest, HeaderValueWithLineBreakIsNeverSent) {
  Client client;
  for (const std::string& value : {std::string("Bearer t\r\nX-Injected: 1"),
                                   std::string("Bearer t\n"), std::string("t\0u", 3)}) {
    const auto exchange =
        client.send(Request{"GET", server_.url("/x"), {{"Authorization", value}}, {}});
    EXPECT_EQ(exchange.failure, TransportFailure::not_sent);
    EXPECT_THAT(exchange.failure_detail, HasSubstr("Authorization"));
    EXPECT_THAT(exchange.failure_detail, ::testing::Not(HasSubstr("Bearer")));
  }
  EXPECT_EQ(requests_, 0);
}

TEST_F(ClientTokenTest, StoppedClientSendsNothingAndSaysWhy) {
  Client client;
  EXPECT_FALSE(client.stopped());
  client.stop_at(std::chrono::steady_clock::now(), "--deadline 5 s passed");
  EXPECT_EQ(client.stopped(), "--deadline 5 s passed");
  const auto exchange = client.send(Request{"GET", server_.url("/x"), {}, {}});
  EXPECT_EQ(exchange.failure, TransportFailure::not_sent);
  EXPECT_EQ(exchange.failure_detail, "not sent: --deadline 5 s passed");
  EXPECT_EQ(requests_, 0);
}

TEST(ClientBoundsTest, ExchangeRunningAtTheStopIsCutShort) {
  DrippingServer server;
  Client client;  // 10 s per exchange
  client.stop_at(std::chrono::steady_clock::now() + 300ms, "--deadline 1 s passed");
  const auto exchange = client.send(Request{"GET", server.url(), {}, {}});
  EXPECT_EQ(exchange.failure, TransportFailure::timed_out) << exchange.describe_failure();
  EXPECT_THAT(exchange.failure_detail, HasSubstr("cut short: --deadline 1 s passed"));
  EXPECT_LT(exchange.elapsed, 1500ms);
}

}  // namespace
}  // namespace ucwa::http
