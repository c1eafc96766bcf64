#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <mutex>
#include <vector>

#include "http/client.hpp"
#include "loopback_server.hpp"

namespace ucwa::http {
namespace {

using ::testing::SizeIs;

// What the server saw of one request.
struct Seen {
  std::string method;
  int remote_port = 0;
  bool content_type = false;
  bool content_length = false;
  bool expect = false;
  std::size_t body_size = 0;
};

class ClientConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto record = [this](const httplib::Request& request, httplib::Response& response) {
      const std::lock_guard lock(mutex_);
      seen_.push_back(Seen{request.method, request.remote_port, request.has_header("Content-Type"),
                           request.has_header("Content-Length"), request.has_header("Expect"),
                           request.body.size()});
      response.set_content("ok", "text/plain");
    };
    server_.server().Get("/record", record);
    server_.server().Post("/record", record);
    server_.start();
  }

  Exchange send(std::string method, std::string body = {}, Headers headers = {}) {
    return client_.send(
        Request{std::move(method), server_.url("/record"), std::move(headers), std::move(body)});
  }

  std::vector<Seen> seen() {
    const std::lock_guard lock(mutex_);
    return seen_;
  }

  testing::LoopbackServer server_;
  Client client_;
  std::mutex mutex_;
  std::vector<Seen> seen_;
};

TEST_F(ClientConnectionTest, ExchangesReuseOneConnection) {
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(send("GET").answered());
  const auto requests = seen();
  ASSERT_THAT(requests, SizeIs(3));
  EXPECT_EQ(requests[1].remote_port, requests[0].remote_port);
  EXPECT_EQ(requests[2].remote_port, requests[0].remote_port);
}

TEST_F(ClientConnectionTest, BodyAndHeadersDoNotLeakIntoTheNextRequest) {
  ASSERT_TRUE(send("POST", "{}", {{"Content-Type", "application/json"}}).answered());
  ASSERT_TRUE(send("GET").answered());
  const auto requests = seen();
  ASSERT_THAT(requests, SizeIs(2));
  EXPECT_EQ(requests[0].method, "POST");
  EXPECT_TRUE(requests[0].content_type);
  EXPECT_EQ(requests[1].method, "GET");
  EXPECT_FALSE(requests[1].content_type);
  EXPECT_FALSE(requests[1].content_length);
  EXPECT_EQ(requests[1].body_size, 0u);
}

TEST_F(ClientConnectionTest, PostWithoutContentTypeSendsNone) {
  ASSERT_TRUE(send("POST", "raw").answered());
  const auto requests = seen();
  ASSERT_THAT(requests, SizeIs(1));
  EXPECT_FALSE(requests[0].content_type);
  EXPECT_TRUE(requests[0].content_length);
}

TEST_F(ClientConnectionTest, LargeBodyIsSentWithoutExpectContinue) {
  ASSERT_TRUE(send("POST", std::string(2 * 1024 * 1024, 'z')).answered());
  const auto requests = seen();
  ASSERT_THAT(requests, SizeIs(1));
  EXPECT_FALSE(requests[0].expect);
  EXPECT_EQ(requests[0].body_size, 2u * 1024u * 1024u);
}

TEST_F(ClientConnectionTest, MovedClientKeepsWorking) {
  Client moved(std::move(client_));
  const auto exchange = moved.send(Request{"GET", server_.url("/record"), {}, {}});
  EXPECT_TRUE(exchange.answered()) << exchange.describe_failure();
  client_ = std::move(moved);
  EXPECT_TRUE(send("GET").answered());
}

}  // namespace
}  // namespace ucwa::http
