// The error-body readers (JSON and XML Reason) on a server's body.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "located.hpp"
#include "representation/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  using ucwa::model::Format;
  ucwa::fuzz::expect_located(ucwa::representation::read_reason(Format::json, body));
  ucwa::fuzz::expect_located(ucwa::representation::read_reason(Format::xml, body));
  return 0;
}
