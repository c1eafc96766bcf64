#include "text/html.hpp"

#include <gtest/gtest.h>

namespace ucwa::text {
namespace {

TEST(HtmlEscaped, SpecialCharactersBecomeEntities) {
  EXPECT_EQ(html_escaped("<script>alert(\"x\" & 'y')</script>"),
            "&lt;script&gt;alert(&quot;x&quot; &amp; 'y')&lt;/script&gt;");
  EXPECT_EQ(html_escaped("&amp;"), "&amp;amp;");
}

TEST(HtmlEscaped, HostileBytesAreMadeVisibleFirst) {
  EXPECT_EQ(html_escaped(std::string_view("a\0<\x1b\xff", 5)), "a\\u0000&lt;\\u001B\\xFF");
}

TEST(HtmlEscaped, OrdinaryTextIsKept) {
  EXPECT_EQ(html_escaped("Grüße, 201 Created\n\tline"), "Grüße, 201 Created\n\tline");
  EXPECT_EQ(html_escaped(""), "");
}

}  // namespace
}  // namespace ucwa::text
