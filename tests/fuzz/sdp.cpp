// The SDP parser on an offer or answer a server sent (the decoded mediaOffer data URI).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sdp/description.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = ucwa::sdp::parse(text);
  if (!parsed.description && parsed.error.empty()) std::abort();
  return 0;
}
