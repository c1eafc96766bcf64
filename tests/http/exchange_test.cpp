#include "http/exchange.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "http/curl_failure.hpp"

namespace ucwa::http {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Optional;
using namespace std::string_literals;

const Headers kHeaders = {{"Content-Type", "application/json"},
                          {"WWW-Authenticate", "Bearer"},
                          {"www-authenticate", "MsRtcOAuth"}};

TEST(FindHeader, MatchesNamesWithoutRegardToCase) {
  EXPECT_THAT(find_header(kHeaders, "content-TYPE"), Optional("application/json"s));
}

TEST(FindHeader, ReturnsTheFirstOfSeveral) {
  EXPECT_THAT(find_header(kHeaders, "WWW-Authenticate"), Optional("Bearer"s));
}

TEST(FindHeader, IsEmptyForAMissingHeader) {
  EXPECT_EQ(find_header(kHeaders, "Location"), std::nullopt);
}

TEST(FindHeaders, ReturnsEveryValueInOrder) {
  EXPECT_THAT(find_headers(kHeaders, "Www-Authenticate"), ElementsAre("Bearer", "MsRtcOAuth"));
  EXPECT_THAT(find_headers(kHeaders, "Location"), IsEmpty());
}

TEST(TransportFailureNames, AreTheEnumeratorNames) {
  EXPECT_EQ(to_string(TransportFailure::none), "none");
  EXPECT_EQ(to_string(TransportFailure::unresolved), "unresolved");
  EXPECT_EQ(to_string(TransportFailure::connect_failed), "connect_failed");
  EXPECT_EQ(to_string(TransportFailure::timed_out), "timed_out");
  EXPECT_EQ(to_string(TransportFailure::response_too_large), "response_too_large");
  EXPECT_EQ(to_string(TransportFailure::tls), "tls");
  EXPECT_EQ(to_string(TransportFailure::protocol), "protocol");
  EXPECT_EQ(to_string(TransportFailure::off_origin), "off_origin");
  EXPECT_EQ(to_string(TransportFailure::not_sent), "not_sent");
  EXPECT_EQ(to_string(TransportFailure::other), "other");
}

TEST(DescribeFailure, IsEmptyForAnAnsweredExchange) {
  Exchange exchange;
  exchange.response = Response{200, {}, {}};
  EXPECT_EQ(exchange.describe_failure(), "");
}

TEST(DescribeFailure, NamesKindDetailMethodAndUrl) {
  Exchange exchange;
  exchange.request = Request{"GET", "http://h/x", {}, {}};
  exchange.failure = TransportFailure::timed_out;
  exchange.failure_detail = "Operation timed out";
  EXPECT_EQ(exchange.describe_failure(),
            "transport failure (timed_out): Operation timed out \u2014 GET http://h/x");
}

TEST(DescribeFailure, EndsWithTheHintWhenThereIsOne) {
  Exchange exchange;
  exchange.request = Request{"GET", "https://h/", {}, {}};
  exchange.failure = TransportFailure::tls;
  exchange.failure_detail = "wrong version number";
  exchange.failure_hint = "use http://";
  EXPECT_EQ(exchange.describe_failure(),
            "transport failure (tls): wrong version number \u2014 GET https://h/; use http://");
}

TEST(HintFor, AnUntrustedCertificateSuggestsCacertOrInsecure) {
  const std::string hint = hint_for(CURLE_PEER_FAILED_VERIFICATION, "self-signed certificate");
  EXPECT_THAT(hint, ::testing::HasSubstr("--cacert FILE"));
  EXPECT_THAT(hint, ::testing::HasSubstr("--insecure"));
}

TEST(HintFor, PlainHttpOnAnHttpsUrlSaysUseHttp) {
  for (const char* detail : {"OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number",
                             "OpenSSL/3.2.1: error:0A0000C6:SSL routines::packet length too long",
                             "OpenSSL/3.4.0: error:0A000139:SSL routines::record layer failure"}) {
    EXPECT_EQ(hint_for(CURLE_SSL_CONNECT_ERROR, detail),
              "the server answered plain HTTP on an https:// URL; use http://")
        << detail;
  }
}

TEST(HintFor, OtherFailuresHaveNone) {
  EXPECT_THAT(hint_for(CURLE_SSL_CONNECT_ERROR, "handshake failure"), IsEmpty());
  EXPECT_THAT(hint_for(CURLE_COULDNT_CONNECT, "Connection refused"), IsEmpty());
}

}  // namespace
}  // namespace ucwa::http
