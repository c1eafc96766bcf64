#pragma once

#include <string>
#include <string_view>

namespace ucwa::text {

// Text for an HTML page, as element content or a quoted attribute value: text::visible first,
// then & < > " as entities, so nothing a server or a file holds can open a tag, a comment or a
// script, or end an attribute.
std::string html_escaped(std::string_view raw);

}  // namespace ucwa::text
