#include "target/identifiers.hpp"

#include <array>
#include <random>
#include <string_view>

namespace ucwa::target {

namespace {

std::mt19937_64& generator() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  return generator;
}

template <std::size_t N>
std::string drawn_from(const std::array<std::string_view, N>& alphabet, std::size_t characters) {
  std::string value;
  for (std::size_t i = 0; i < characters; ++i) value += alphabet[generator()() % N];
  return value;
}

constexpr std::array<std::string_view, 16> kHexDigits{"0", "1", "2", "3", "4", "5", "6", "7",
                                                      "8", "9", "a", "b", "c", "d", "e", "f"};

constexpr std::array<std::string_view, 26> kReserved{" ", "!", "\"", "#", "$",  "%", "&", "'", "(",
                                                     ")", "*", "+",  ",", "/",  ":", ";", "<", "=",
                                                     ">", "?", "@",  "[", "\\", "]", "{", "}"};

constexpr std::array<std::string_view, 12> kMultibyte{
    "\xC3\xA9",         "\xC3\xBC",         "\xC3\x9F",         "\xD0\x96",
    "\xE2\x82\xAC",     "\xE6\x97\xA5",     "\xE3\x81\x82",     "\xEA\xB0\x80",
    "\xF0\x9F\x98\x80", "\xF0\x9F\x8E\xB5", "\xF0\x9D\x84\x9E", "\xF0\xA0\x80\x80"};

}  // namespace

std::string fresh_identifier() {
  return fresh_hex(32);
}

std::string fresh_hex(std::size_t characters) {
  return drawn_from(kHexDigits, characters);
}

std::string fresh_reserved(std::size_t characters) {
  return drawn_from(kReserved, characters);
}

std::string fresh_multibyte(std::size_t characters) {
  return drawn_from(kMultibyte, characters);
}

}  // namespace ucwa::target
