#include <arpa/inet.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "http/client.hpp"
#include "loopback_server.hpp"

namespace ucwa::http {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono_literals;

constexpr std::size_t kCap = 1024;

// A loopback port nobody listens on: bound by the kernel, then released.
int unused_port() {
  const int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ::bind(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(socket_fd);
  return ntohs(address.sin_port);
}

class ClientFailuresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& routes = server_.server();
    routes.Get("/slow", [](const httplib::Request&, httplib::Response& response) {
      std::this_thread::sleep_for(1s);
      response.set_content("late", "text/plain");
    });
    routes.Get("/sized", [](const httplib::Request& request, httplib::Response& response) {
      response.set_content(std::string(std::stoul(request.get_param_value("n")), 'x'),
                           "text/plain");
    });
    routes.Get("/chunked", [](const httplib::Request&, httplib::Response& response) {
      response.set_chunked_content_provider("text/plain",
                                            [](std::size_t offset, httplib::DataSink& sink) {
                                              if (offset >= 4 * kCap) {
                                                sink.done();
                                              } else {
                                                const std::string chunk(512, 'y');
                                                sink.write(chunk.data(), chunk.size());
                                              }
                                              return true;
                                            });
    });
    server_.start();
  }

  Exchange get(const std::string& url, ClientOptions options = {}) {
    Client client(options);
    return client.send(Request{"GET", url, {}, {}});
  }

  testing::LoopbackServer server_;
};

TEST_F(ClientFailuresTest, SlowAnswerTimesOut) {
  ClientOptions options;
  options.timeout = 200ms;
  const auto exchange = get(server_.url("/slow"), options);
  EXPECT_FALSE(exchange.answered());
  EXPECT_EQ(exchange.failure, TransportFailure::timed_out) << exchange.describe_failure();
  EXPECT_LT(exchange.elapsed, 900ms);
}

TEST_F(ClientFailuresTest, RefusedConnectionIsConnectFailed) {
  const auto exchange = get("http://127.0.0.1:" + std::to_string(unused_port()) + "/x");
  EXPECT_FALSE(exchange.answered());
  EXPECT_EQ(exchange.failure, TransportFailure::connect_failed) << exchange.describe_failure();
  EXPECT_FALSE(exchange.failure_detail.empty());
}

TEST_F(ClientFailuresTest, UnknownHostIsUnresolved) {
  const auto exchange = get("http://nonexistent.invalid/");
  EXPECT_FALSE(exchange.answered());
  EXPECT_EQ(exchange.failure, TransportFailure::unresolved) << exchange.describe_failure();
}

TEST_F(ClientFailuresTest, AnnouncedLengthOverTheCapIsRefused) {
  ClientOptions options;
  options.max_response_bytes = kCap;
  const auto exchange = get(server_.url("/sized?n=4096"), options);
  EXPECT_FALSE(exchange.answered());
  EXPECT_EQ(exchange.failure, TransportFailure::response_too_large);
  EXPECT_THAT(exchange.failure_detail, HasSubstr("1024"));
}

TEST_F(ClientFailuresTest, ChunkedBodyOverTheCapIsCutOff) {
  ClientOptions options;
  options.max_response_bytes = kCap;
  const auto exchange = get(server_.url("/chunked"), options);
  EXPECT_FALSE(exchange.answered());
  EXPECT_EQ(exchange.failure, TransportFailure::response_too_large);
  EXPECT_THAT(exchange.failure_detail, HasSubstr("1024"));
}

TEST_F(ClientFailuresTest, BodyExactlyAtTheCapIsAccepted) {
  ClientOptions options;
  options.max_response_bytes = kCap;
  const auto exchange = get(server_.url("/sized?n=1024"), options);
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_EQ(exchange.response->body.size(), kCap);
}

TEST_F(ClientFailuresTest, HeadAnnouncingALargeBodyIsAnswered) {
  ClientOptions options;
  options.max_response_bytes = kCap;
  Client client(options);
  const auto exchange = client.send(Request{"HEAD", server_.url("/sized?n=4096"), {}, {}});
  ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
  EXPECT_TRUE(exchange.response->body.empty());
}

TEST_F(ClientFailuresTest, DescribeFailureNamesKindDetailMethodAndUrl) {
  const std::string url = "http://127.0.0.1:" + std::to_string(unused_port()) + "/x";
  Client client;
  const auto exchange = client.send(Request{"POST", url, {}, "body"});
  const auto text = exchange.describe_failure();
  EXPECT_THAT(text, HasSubstr("transport"));
  EXPECT_THAT(text, HasSubstr("connect_failed"));
  EXPECT_THAT(text, HasSubstr(exchange.failure_detail));
  EXPECT_THAT(text, HasSubstr("POST " + url));
}

TEST_F(ClientFailuresTest, NonHttpSchemeIsAFailureNotAnException) {
  const auto exchange = get("ftp://127.0.0.1/file");
  EXPECT_FALSE(exchange.answered());
  EXPECT_NE(exchange.failure, TransportFailure::none);
}

}  // namespace
}  // namespace ucwa::http
