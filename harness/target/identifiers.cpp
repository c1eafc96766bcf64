#include "target/identifiers.hpp"

#include <random>

namespace ucwa::target {

std::string fresh_identifier() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char digits[] = "0123456789abcdef";
  std::string id(32, '0');
  for (char& c : id) c = digits[generator() % 16];
  return id;
}

}  // namespace ucwa::target
