#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace ucwa::target {

// 32 lower-case hex digits, the shape of the documentation's operationId and sessionContext.
std::string fresh_identifier();

// A fresh value of `characters` hex digits for probing parameter limits: random, so that no
// two requests share one.
std::string fresh_hex(std::size_t characters);

// Seeds the calling thread's generator of both: the same seed draws the same values in the same
// order (ucwa-conform --seed). Unseeded, a thread's generator starts from std::random_device.
void seed_identifiers(std::uint64_t seed);

}  // namespace ucwa::target
