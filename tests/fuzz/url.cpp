// URL parsing and href resolution on hrefs a server sent: the input is "<base>\n<href>".
#include "http/url.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto newline = text.find('\n');
  const std::string_view base = text.substr(0, newline);
  const std::string_view href =
      newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
  using namespace ucwa::http;
  (void)is_uri_reference(href);
  (void)origin(base);
  (void)origin(href);
  if (auto resolved = resolve(base, href)) {
    (void)origin(*resolved);
    (void)with_query(*resolved, {{"a", std::string(href)}});
  }
  return 0;
}
