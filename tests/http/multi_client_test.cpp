// http::MultiClient: many exchanges at once on one thread, each its own answer, on kept-alive
// connections, bounded and guarded as http::Client's exchanges are.
#include "http/multi_client.hpp"

#include <arpa/inet.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "http/url.hpp"
#include "loopback_server.hpp"

namespace ucwa::http {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono_literals;

class MultiClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // As the reference server: a worker per kept-alive connection, and connections kept long.
    server_.server().new_task_queue = [] { return new httplib::ThreadPool(48); };
    server_.server().set_keep_alive_max_count(1000);
    server_.server().set_tcp_nodelay(true);
    server_.server().Get(
        "/echo", [this](const httplib::Request& request, httplib::Response& response) {
          {
            std::lock_guard lock(mutex_);
            ports_.insert(request.remote_port);
          }
          ++requests_;
          response.set_content(
              request.get_param_value("n") + " " + request.get_header_value("Authorization"),
              "text/plain");
        });
    server_.start();
  }

  // Runs the client until nothing is in flight.
  static void drain(MultiClient& client) {
    while (client.in_flight() > 0) client.poll(100ms);
  }

  testing::LoopbackServer server_;
  std::mutex mutex_;
  std::set<int> ports_;  // the client's side of each connection the server saw
  std::atomic<int> requests_{0};
};

TEST_F(MultiClientTest, EveryExchangeGetsItsOwnAnswer) {
  MultiClient client;
  std::vector<std::string> bodies(6);
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    client.start(Request{"GET", server_.url("/echo?n=" + std::to_string(i)), {}, {}},
                 [&bodies, i](Exchange exchange) {
                   bodies[i] =
                       exchange.answered() ? exchange.response->body : exchange.describe_failure();
                 });
  }
  EXPECT_EQ(client.in_flight(), bodies.size());
  drain(client);
  for (std::size_t i = 0; i < bodies.size(); ++i) EXPECT_EQ(bodies[i], std::to_string(i) + " ");
}

TEST_F(MultiClientTest, ADoneMayStartTheNextExchangeOnAKeptAliveConnection) {
  MultiClient client;
  int answered = 0;
  // Two chains of 25 exchanges, each started by the one before: two connections suffice.
  std::function<void(Exchange)> next = [&](Exchange exchange) {
    ASSERT_TRUE(exchange.answered()) << exchange.describe_failure();
    EXPECT_GT(exchange.elapsed.count(), 0);
    if (++answered < 50) client.start(Request{"GET", server_.url("/echo?n=1"), {}, {}}, next);
  };
  client.start(Request{"GET", server_.url("/echo?n=1"), {}, {}}, next);
  client.start(Request{"GET", server_.url("/echo?n=1"), {}, {}}, next);
  drain(client);
  EXPECT_GE(answered, 50);
  EXPECT_LE(ports_.size(), 2u) << "connections were not kept alive";
}

TEST_F(MultiClientTest, TokenNeverLeavesForAnotherOrigin) {
  ClientOptions options;
  options.token_origins = std::vector<std::string>{"http://127.0.0.1:1"};
  MultiClient client(options);
  const std::string url = server_.url("/echo?n=1");
  std::optional<Exchange> got;
  client.start(Request{"GET", url, {{"Authorization", "Bearer t"}}, {}},
               [&got](Exchange exchange) { got = std::move(exchange); });
  EXPECT_FALSE(got) << "done was called from start()";
  drain(client);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->failure, TransportFailure::off_origin);
  EXPECT_EQ(got->failure_detail, off_origin_message(url, {"http://127.0.0.1:1"}));
  EXPECT_EQ(requests_, 0);
}

TEST_F(MultiClientTest, TokenGoesToAnAllowedOrigin) {
  const std::string url = server_.url("/echo?n=7");
  ClientOptions options;
  options.token_origins = std::vector<std::string>{*origin(url)};
  MultiClient client(options);
  std::optional<Exchange> got;
  client.start(Request{"GET", url, {{"Authorization", "Bearer t"}}, {}},
               [&got](Exchange exchange) { got = std::move(exchange); });
  drain(client);
  ASSERT_TRUE(got && got->answered());
  EXPECT_EQ(got->response->body, "7 Bearer t");
}

TEST_F(MultiClientTest, HeaderValueWithLineBreakIsNeverSent) {
  MultiClient client;
  std::optional<Exchange> got;
  client.start(Request{"GET", server_.url("/echo"), {{"Authorization", "Bearer t\r\nX: 1"}}, {}},
               [&got](Exchange exchange) { got = std::move(exchange); });
  drain(client);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->failure, TransportFailure::not_sent);
  EXPECT_THAT(got->failure_detail, ::testing::Not(HasSubstr("Bearer")));
  EXPECT_EQ(requests_, 0);
}

// A loopback socket that listens and never answers: connections queue, nothing comes back.
class SilentSocket {
 public:
  SilentSocket() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(fd_, 16);
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
  }
  ~SilentSocket() { ::close(fd_); }
  SilentSocket(const SilentSocket&) = delete;
  SilentSocket& operator=(const SilentSocket&) = delete;
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/"; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

TEST_F(MultiClientTest, SilentServerTimesOutWhileOthersAreAnswered) {
  SilentSocket silent;
  ClientOptions options;
  options.timeout = 300ms;
  MultiClient client(options);
  std::optional<Exchange> slow, fast;
  client.start(Request{"GET", silent.url(), {}, {}},
               [&slow](Exchange exchange) { slow = std::move(exchange); });
  client.start(Request{"GET", server_.url("/echo?n=2"), {}, {}},
               [&fast](Exchange exchange) { fast = std::move(exchange); });
  drain(client);
  ASSERT_TRUE(slow && fast);
  EXPECT_EQ(slow->failure, TransportFailure::timed_out) << slow->describe_failure();
  ASSERT_TRUE(fast->answered()) << fast->describe_failure();
  EXPECT_EQ(fast->response->body, "2 ");
}

TEST_F(MultiClientTest, CancelledExchangeIsLetGoWithoutItsDone) {
  SilentSocket silent;
  MultiClient client;  // the default timeout: only the cancel can end the held request
  bool held_done = false;
  std::optional<Exchange> other;
  const MultiClient::Id held = client.start(Request{"GET", silent.url(), {}, {}},
                                            [&held_done](Exchange) { held_done = true; });
  const MultiClient::Id answered =
      client.start(Request{"GET", server_.url("/echo?n=3"), {}, {}},
                   [&other](Exchange exchange) { other = std::move(exchange); });
  EXPECT_NE(held, answered);
  while (!other) client.poll(100ms);
  EXPECT_EQ(client.in_flight(), 1u);
  client.cancel(held);
  client.cancel(answered);  // already completed: nothing happens
  EXPECT_EQ(client.in_flight(), 0u);
  client.poll(10ms);
  EXPECT_FALSE(held_done);
  // The handle goes back to the idle ones and serves the next request.
  std::optional<Exchange> next;
  client.start(Request{"GET", server_.url("/echo?n=4"), {}, {}},
               [&next](Exchange exchange) { next = std::move(exchange); });
  drain(client);
  ASSERT_TRUE(next && next->answered()) << (next ? next->describe_failure() : "no answer");
  EXPECT_EQ(next->response->body, "4 ");
}

TEST_F(MultiClientTest, CancelledRefusalIsNeverCompleted) {
  MultiClient client;
  bool done = false;
  const MultiClient::Id refused =
      client.start(Request{"GET", server_.url("/echo"), {{"X", "a\nb"}}, {}},
                   [&done](Exchange) { done = true; });
  EXPECT_EQ(client.in_flight(), 1u);
  client.cancel(refused);
  EXPECT_EQ(client.in_flight(), 0u);
  client.poll(10ms);
  EXPECT_FALSE(done);
}

}  // namespace
}  // namespace ucwa::http
