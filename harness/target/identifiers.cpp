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

}  // namespace

std::string fresh_identifier() {
  return fresh_hex(32);
}

std::string fresh_hex(std::size_t characters) {
  return drawn_from(kHexDigits, characters);
}

void seed_identifiers(std::uint64_t seed) {
  generator().seed(seed);
}

}  // namespace ucwa::target
