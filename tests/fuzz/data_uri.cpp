// The data: URI decoder on an href a server sent (mediaOffer, customContent).
#include "representation/data_uri.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto decoded = ucwa::representation::decode_data_uri(text);
  if (decoded.value.has_value() == decoded.error.has_value()) std::abort();
  // Decoding never yields more bytes than were written.
  if (decoded.value && decoded.value->content.size() > size) std::abort();
  return 0;
}
