#include "report/shell_quoting.hpp"

#include <cstdio>

namespace ucwa::report {

std::string replaced_all(std::string text, const std::string& from, const std::string& to) {
  if (from.empty()) return text;
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// 'text' for bash, any ' inside closed and reopened.
std::string single_quoted(const std::string& text) {
  return "'" + replaced_all(text, "'", "'\\''") + "'";
}

// $'text' for bash: CR, LF, backslash, quote and other control bytes escaped.
std::string ansi_c_quoted(const std::string& text) {
  std::string out = "$'";
  for (const unsigned char c : text) {
    switch (c) {
      case '\r':
        out += "\\r";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\'':
        out += "\\'";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
          out += escaped;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "'";
}

}  // namespace ucwa::report
