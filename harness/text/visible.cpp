#include "text/visible.hpp"

#include <cstdint>
#include <cstdio>

namespace ucwa::text {

namespace {

// The length of the well-formed UTF-8 sequence at the start of `bytes` (RFC 3629 section 4,
// Unicode table 3-7) and its code point; 0 when the first byte does not start one.
std::size_t sequence_at(std::string_view bytes, char32_t& code_point) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char first = byte(0);
  if (first < 0x80) {
    code_point = first;
    return 1;
  }
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (first >= 0xC2 && first <= 0xDF) {
    length = 2;
  } else if (first >= 0xE0 && first <= 0xEF) {
    length = 3;
    if (first == 0xE0) low = 0xA0;   // no overlong forms
    if (first == 0xED) high = 0x9F;  // no surrogates
  } else if (first >= 0xF0 && first <= 0xF4) {
    length = 4;
    if (first == 0xF0) low = 0x90;   // no overlong forms
    if (first == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (bytes.size() < length) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  char32_t value = first & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) value = (value << 6) | (byte(i) & 0x3F);
  code_point = value;
  return length;
}

bool is_forbidden(char32_t c, bool console) {
  if (c == '\t' || c == '\n') return false;
  if (c == '\r') return console;
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

std::string visible_text(std::string_view bytes, bool console) {
  std::string out;
  out.reserve(bytes.size());
  char escape[8];
  while (!bytes.empty()) {
    char32_t c = 0;
    const std::size_t length = sequence_at(bytes, c);
    if (length == 0) {
      std::snprintf(escape, sizeof escape, "\\x%02X", static_cast<unsigned char>(bytes[0]));
      out += escape;
      bytes.remove_prefix(1);
      continue;
    }
    if (is_forbidden(c, console)) {
      std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(c));
      out += escape;
    } else {
      out.append(bytes.substr(0, length));
    }
    bytes.remove_prefix(length);
  }
  return out;
}

}  // namespace

std::string visible(std::string_view bytes) {
  return visible_text(bytes, false);
}

std::string visible_on_console(std::string_view bytes) {
  return visible_text(bytes, true);
}

std::string quoted_for_message(std::string_view bytes, std::size_t limit) {
  std::string shown = visible_on_console(bytes.substr(0, limit));
  if (bytes.size() > limit) shown += "...";
  return shown;
}

}  // namespace ucwa::text
