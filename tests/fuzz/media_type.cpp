// Media types and Accept matching on headers a server sent: the input is
// "<Content-Type>\n<Accept>".
#include "representation/media_type.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "representation/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto newline = text.find('\n');
  const std::string_view content_type = text.substr(0, newline);
  const std::string_view accept =
      newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
  using namespace ucwa::representation;
  if (auto type = parse_media_type(content_type)) {
    // A parsed media type parses again to itself.
    auto again = parse_media_type(type->essence());
    if (!again || again->essence() != type->essence()) std::abort();
  }
  (void)format_of(content_type);
  (void)accept_allows(accept, content_type);
  (void)format_to_read(std::string(content_type), ucwa::model::Format::json);
  return 0;
}
