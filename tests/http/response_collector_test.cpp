#include "http/response_collector.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ucwa::http {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;

auto IsHeader(const std::string& name, const std::string& value) {
  return ::testing::AllOf(Field(&Header::name, name), Field(&Header::value, value));
}

TEST(ResponseCollector, KeepsOnlyTheFinalHeaderBlock) {
  ResponseCollector collector;
  collector.begin(100, false);
  for (const char* line : {"HTTP/1.1 103 Early Hints\r\n", "Link: </a>; rel=preload\r\n", "\r\n",
                           "HTTP/1.1 200 OK\r\n", "Content-Type:  text/plain \r\n",
                           "Set-Cookie: a=1\r\n", "Set-Cookie: b=2\r\n", "\r\n"}) {
    ASSERT_TRUE(collector.add_header_line(line));
  }
  EXPECT_THAT(collector.take_headers(),
              ElementsAre(IsHeader("Content-Type", "text/plain"), IsHeader("Set-Cookie", "a=1"),
                          IsHeader("Set-Cookie", "b=2")));
}

TEST(ResponseCollector, JoinsFoldedLines) {
  ResponseCollector collector;
  collector.begin(100, false);
  for (const char* line : {"HTTP/1.1 200 OK\r\n", "X-Long: first\r\n", "\t second\r\n"}) {
    ASSERT_TRUE(collector.add_header_line(line));
  }
  EXPECT_THAT(collector.take_headers(), ElementsAre(IsHeader("X-Long", "first second")));
}

TEST(ResponseCollector, RefusesAnAnnouncedLengthOverTheCap) {
  ResponseCollector collector;
  collector.begin(100, false);
  ASSERT_TRUE(collector.add_header_line("HTTP/1.1 200 OK\r\n"));
  EXPECT_FALSE(collector.add_header_line("content-length: 101\r\n"));
  EXPECT_TRUE(collector.too_large());
  EXPECT_THAT(collector.too_large_detail(), HasSubstr("100 bytes"));
}

TEST(ResponseCollector, IgnoresAnnouncedLengthWhenNoBodyFollows) {
  for (const auto& [status_line, head] :
       {std::pair{"HTTP/1.1 200 OK\r\n", true}, std::pair{"HTTP/1.1 304 Not Modified\r\n", false},
        std::pair{"HTTP/1.1 100 Continue\r\n", false}}) {
    ResponseCollector collector;
    collector.begin(100, head);
    ASSERT_TRUE(collector.add_header_line(status_line));
    EXPECT_TRUE(collector.add_header_line("Content-Length: 5000\r\n")) << status_line;
  }
}

TEST(ResponseCollector, CapsTheBody) {
  ResponseCollector collector;
  collector.begin(10, false);
  EXPECT_TRUE(collector.add_body("0123456"));
  EXPECT_TRUE(collector.add_body("789"));
  EXPECT_FALSE(collector.too_large());
  EXPECT_FALSE(collector.add_body("x"));
  EXPECT_TRUE(collector.too_large());
  EXPECT_THAT(collector.too_large_detail(), HasSubstr("10 bytes"));
}

TEST(ResponseCollector, BeginForgetsThePreviousResponse) {
  ResponseCollector collector;
  collector.begin(1, false);
  collector.add_header_line("HTTP/1.1 200 OK\r\n");
  collector.add_header_line("X-Old: 1\r\n");
  collector.add_body("too long");
  collector.begin(100, false);
  EXPECT_FALSE(collector.too_large());
  EXPECT_TRUE(collector.take_headers().empty());
  EXPECT_TRUE(collector.take_body().empty());
}

}  // namespace
}  // namespace ucwa::http
