// Starting and stopping the Server.

#include <gtest/gtest.h>
#include <httplib.h>

#include <stdexcept>
#include <string>

#include "reference_server/reference_server.hpp"

namespace ucwa::reference {
namespace {

httplib::Result get_state(int port) {
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(2);
  return client.Post("/conformance/v1/conversations",
                     {{"Authorization", "Bearer conformance-token"}}, "{}", "application/json");
}

TEST(Lifecycle, StartsOnAnEphemeralPort) {
  Server server(Options{});
  server.start();
  EXPECT_GT(server.port(), 0);
  EXPECT_EQ(server.base_url(), "http://127.0.0.1:" + std::to_string(server.port()));
  const auto result = get_state(server.port());
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201);
}

TEST(Lifecycle, TwoServersGetDifferentPorts) {
  Server first(Options{});
  Server second(Options{});
  first.start();
  second.start();
  EXPECT_NE(first.port(), second.port());
}

TEST(Lifecycle, StopIsIdempotentAndClosesThePort) {
  Server server(Options{});
  server.start();
  const auto port = server.port();
  server.stop();
  server.stop();
  EXPECT_FALSE(get_state(port));
}

TEST(Lifecycle, StopWithoutStartDoesNothing) {
  Server server(Options{});
  server.stop();
  EXPECT_EQ(server.port(), 0);
}

TEST(Lifecycle, DestructorStopsARunningServer) {
  int port = 0;
  {
    Server server(Options{});
    server.start();
    port = server.port();
  }
  EXPECT_FALSE(get_state(port));
}

TEST(Lifecycle, StopRightAfterStartNeverHangs) {
  for (int i = 0; i < 20; ++i) {
    Server server(Options{});
    server.start();
    server.stop();
  }
}

TEST(Lifecycle, CanStartAgainAfterStop) {
  Server server(Options{});
  server.start();
  server.stop();
  server.start();
  const auto result = get_state(server.port());
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 201);
}

TEST(Lifecycle, APortInUseThrowsNamingTheAddress) {
  Server first(Options{});
  first.start();
  Options taken;
  taken.port = first.port();
  Server second(taken);
  try {
    second.start();
    FAIL() << "start() on a port in use did not throw";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("127.0.0.1:" + std::to_string(first.port())),
              std::string::npos)
        << e.what();
  }
}

TEST(Lifecycle, UsesTheGivenToken) {
  Options options;
  options.token = "another-token";
  Server server(options);
  server.start();
  httplib::Client client("127.0.0.1", server.port());
  const auto with_default =
      client.Post("/conformance/v1/conversations", {{"Authorization", "Bearer conformance-token"}},
                  "{}", "application/json");
  ASSERT_TRUE(with_default);
  EXPECT_EQ(with_default->status, 401);
  const auto with_given =
      client.Post("/conformance/v1/conversations", {{"Authorization", "Bearer another-token"}},
                  "{}", "application/json");
  ASSERT_TRUE(with_given);
  EXPECT_EQ(with_given->status, 201);
}

}  // namespace
}  // namespace ucwa::reference
