// The XML event-channel reader on a server's body.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "located.hpp"
#include "representation/events_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  ucwa::fuzz::expect_located(ucwa::representation::read_xml_events(body));
  return 0;
}
