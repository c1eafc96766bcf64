#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// ASCII text helpers shared by the harness: HTTP names, media types, URIs and the like are
// ASCII and compared without regard to case, whatever the locale.
namespace ucwa::text {

// Spaces and tabs: HTTP's optional whitespace (RFC 7230 section 3.2.3).
inline constexpr std::string_view kBlanks = " \t";

constexpr bool is_alpha(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}
constexpr char to_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char to_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// The value of a hexadecimal digit of either case; -1 for any other character.
constexpr int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// RFC 3986 section 2.3.
constexpr bool is_unreserved(char c) {
  return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

std::string lowercase(std::string_view text);
std::string uppercase(std::string_view text);
// "operationId" -> "OperationId", and back: the first letter only.
std::string upper_first(std::string_view text);
std::string lower_first(std::string_view text);
bool equals_ignoring_case(std::string_view a, std::string_view b);
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix);

// text without the characters of `characters` at either end.
std::string_view trim(std::string_view text, std::string_view characters = kBlanks);

// RFC 3986 section 2.1: every byte but the unreserved characters as "%XX", upper-case hex.
std::string percent_encode(std::string_view text);

// Every "%XX" (hex of either case) as its byte; '+' stays '+'. Empty when an escape is
// malformed ('%' without two hex digits after it).
std::optional<std::string> percent_decode(std::string_view text);

// Where the first malformed percent-escape of text starts; empty when there is none.
std::optional<std::size_t> malformed_escape(std::string_view text);

}  // namespace ucwa::text
