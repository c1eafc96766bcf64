#include "text/html.hpp"

#include "text/visible.hpp"

namespace ucwa::text {

std::string html_escaped(std::string_view raw) {
  std::string out;
  for (const char c : visible(raw)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace ucwa::text
