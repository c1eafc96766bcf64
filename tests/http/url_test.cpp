#include "http/url.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ucwa::http {
namespace {

using ::testing::Optional;
using namespace std::string_literals;

struct Example {
  const char* href;
  const char* expected;
};

constexpr const char* kRfcBase = "http://a/b/c/d;p?q";

// RFC 3986 section 5.4.1.
constexpr Example kNormalExamples[] = {
    {"g:h", "g:h"},
    {"g", "http://a/b/c/g"},
    {"./g", "http://a/b/c/g"},
    {"g/", "http://a/b/c/g/"},
    {"/g", "http://a/g"},
    {"//g", "http://g"},
    {"?y", "http://a/b/c/d;p?y"},
    {"g?y", "http://a/b/c/g?y"},
    {"#s", "http://a/b/c/d;p?q#s"},
    {"g#s", "http://a/b/c/g#s"},
    {"g?y#s", "http://a/b/c/g?y#s"},
    {";x", "http://a/b/c/;x"},
    {"g;x", "http://a/b/c/g;x"},
    {"g;x?y#s", "http://a/b/c/g;x?y#s"},
    {"", "http://a/b/c/d;p?q"},
    {".", "http://a/b/c/"},
    {"./", "http://a/b/c/"},
    {"..", "http://a/b/"},
    {"../", "http://a/b/"},
    {"../g", "http://a/b/g"},
    {"../..", "http://a/"},
    {"../../", "http://a/"},
    {"../../g", "http://a/g"},
};

// RFC 3986 section 5.4.2, except "http:g", which is no usable http URI here.
constexpr Example kAbnormalExamples[] = {
    {"../../../g", "http://a/g"},
    {"../../../../g", "http://a/g"},
    {"/./g", "http://a/g"},
    {"/../g", "http://a/g"},
    {"g.", "http://a/b/c/g."},
    {".g", "http://a/b/c/.g"},
    {"g..", "http://a/b/c/g.."},
    {"..g", "http://a/b/c/..g"},
    {"./../g", "http://a/b/g"},
    {"./g/.", "http://a/b/c/g/"},
    {"g/./h", "http://a/b/c/g/h"},
    {"g/../h", "http://a/b/c/h"},
    {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
    {"g;x=1/../y", "http://a/b/c/y"},
    {"g?y/./x", "http://a/b/c/g?y/./x"},
    {"g?y/../x", "http://a/b/c/g?y/../x"},
    {"g#s/./x", "http://a/b/c/g#s/./x"},
    {"g#s/../x", "http://a/b/c/g#s/../x"},
};

TEST(Resolve, Rfc3986NormalExamples) {
  for (const auto& example : kNormalExamples) {
    EXPECT_THAT(resolve(kRfcBase, example.href), Optional(std::string(example.expected)))
        << "href \"" << example.href << '"';
  }
}

TEST(Resolve, Rfc3986AbnormalExamples) {
  for (const auto& example : kAbnormalExamples) {
    EXPECT_THAT(resolve(kRfcBase, example.href), Optional(std::string(example.expected)))
        << "href \"" << example.href << '"';
  }
}

TEST(Resolve, UcwaStyleReferences) {
  const auto base = "https://lync.example.com/ucwa/oauth/v1/applications/103/me?x=1"s;
  EXPECT_THAT(resolve(base, "/ucwa/oauth/v1/applications/103/communication"),
              Optional("https://lync.example.com/ucwa/oauth/v1/applications/103/communication"s));
  EXPECT_THAT(resolve(base, "presence"),
              Optional("https://lync.example.com/ucwa/oauth/v1/applications/103/presence"s));
}

TEST(Resolve, IsEmptyWhenEitherSideIsNotAUri) {
  EXPECT_EQ(resolve("/relative/base", "g"), std::nullopt);
  EXPECT_EQ(resolve(kRfcBase, "a b"), std::nullopt);
  EXPECT_EQ(resolve("http://a b/", "g"), std::nullopt);
}

TEST(IsUriReference, AcceptsAbsoluteAndRelativeReferences) {
  for (const char* text :
       {"http://a/b", "https://user@host.example:8443/p?q=1#f", "http://[::1]:8000/",
        "data:text/plain;base64,SGVsbG8=", "mailto:someone@example.com", "urn:ietf:rfc:3986",
        "/ucwa/oauth/v1/applications", "../x?y#z", "g;x=1", "?q", "#frag", "%7Euser", ""}) {
    EXPECT_TRUE(is_uri_reference(text)) << '"' << text << '"';
  }
}

TEST(IsUriReference, RejectsMalformedText) {
  for (const char* text :
       {"http://exa mple/", "/a b", "a\tb", "/x\n", "%zz", "/a%2", "/a%", "http://", "http:///path",
        "https://:80/", "http:g", "http://a:8x/", ":foo", "1a:b", "http://a/b#c#d", "/\xE2\x82\xAC",
        "http://a/<b>", "http://[::1/"}) {
    EXPECT_FALSE(is_uri_reference(text)) << '"' << text << '"';
  }
}

TEST(WithQuery, StartsAQuery) {
  EXPECT_EQ(with_query("http://a/b", {{"x", "1"}}), "http://a/b?x=1");
}

TEST(WithQuery, KeepsTheServersQuery) {
  EXPECT_EQ(with_query("http://a/b?q=1", {{"x", "a b"}}), "http://a/b?q=1&x=a%20b");
  EXPECT_EQ(with_query("http://a/b?", {{"x", "1"}}), "http://a/b?x=1");
  EXPECT_EQ(with_query("http://a/b?q=1&", {{"x", "1"}}), "http://a/b?q=1&x=1");
}

TEST(WithQuery, KeepsTheFragmentLast) {
  EXPECT_EQ(with_query("http://a/b?q#frag", {{"x", "1"}, {"y", "\xE2\x82\xAC"}}),
            "http://a/b?q&x=1&y=%E2%82%AC#frag");
}

TEST(WithQuery, EncodesNamesAndValues) {
  EXPECT_EQ(with_query("/p", {{"a&b", "c=d"}}), "/p?a%26b=c%3Dd");
}

TEST(WithQuery, LeavesTheUrlAloneWithoutParameters) {
  EXPECT_EQ(with_query("http://a/b?q#f", {}), "http://a/b?q#f");
}

TEST(Origin, IsSchemeHostAndPort) {
  EXPECT_THAT(origin("http://a.example:8080/p?q#f"), Optional("http://a.example:8080"s));
  EXPECT_THAT(origin("HTTPS://User@Lync.Example.COM/ucwa"), Optional("https://lync.example.com"s));
  EXPECT_THAT(origin("http://[::1]:8000/"), Optional("http://[::1]:8000"s));
}

TEST(Origin, LeavesOutTheDefaultPort) {
  EXPECT_THAT(origin("https://a:443/"), Optional("https://a"s));
  EXPECT_THAT(origin("http://a:80"), Optional("http://a"s));
}

TEST(Origin, IsEmptyForAnythingButAbsoluteHttp) {
  EXPECT_EQ(origin("/relative"), std::nullopt);
  EXPECT_EQ(origin("ftp://a/"), std::nullopt);
  EXPECT_EQ(origin("data:text/plain,x"), std::nullopt);
  EXPECT_EQ(origin("http://"), std::nullopt);
}

}  // namespace
}  // namespace ucwa::http
