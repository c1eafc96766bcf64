#include "representation/data_uri.hpp"

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "text/ascii.hpp"

namespace ucwa::representation {

namespace {

constexpr std::string_view kScheme = "data:";
constexpr std::string_view kDefaultMediaType = "text/plain;charset=US-ASCII";

using text::equals_ignoring_case;
using text::starts_with_ignoring_case;

std::string at(std::size_t offset) {
  return " at offset " + std::to_string(offset);
}

std::string describe(char c) {
  auto byte = static_cast<unsigned char>(c);
  if (std::isprint(byte)) return std::string("'") + c + "'";
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("byte 0x") + kDigits[byte >> 4] + kDigits[byte & 0xF];
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

struct Header {
  std::string media_type;
  bool base64 = false;
  std::string error;
};

// header is the text between "data:" and the comma; it starts at offset start of the URI.
Header parse_header(std::string_view header, std::size_t start) {
  Header out;
  for (auto semicolon = header.find(';'); semicolon != std::string_view::npos;) {
    auto next = header.find(';', semicolon + 1);
    std::string_view parameter = header.substr(semicolon + 1, next - (semicolon + 1));
    if (equals_ignoring_case(parameter, "base64")) {
      if (next != std::string_view::npos) {
        out.error = "\";base64\" is not the last parameter of the header" + at(start + semicolon);
        return out;
      }
      out.base64 = true;
      header = header.substr(0, semicolon);
      break;
    }
    semicolon = next;
  }
  // RFC 2397 lets "text/plain" be left out before parameters such as ";charset=utf-8".
  if (header.empty()) {
    out.media_type = kDefaultMediaType;
  } else if (header.front() == ';') {
    out.media_type = "text/plain" + std::string(header);
  } else {
    out.media_type = header;
  }
  return out;
}

struct Unescaped {
  std::string bytes;
  std::vector<std::size_t> offsets;  // where each byte's text starts in the URI, for errors
  std::string error;
};

Unescaped percent_decode(std::string_view data, std::size_t start) {
  Unescaped out;
  if (const auto malformed = text::malformed_escape(data)) {
    out.error = "data has a malformed percent-escape" + at(start + *malformed);
    return out;
  }
  out.bytes = *text::percent_decode(data);
  for (std::size_t i = 0; i < data.size(); i += data[i] == '%' ? 3 : 1) {
    out.offsets.push_back(start + i);
  }
  return out;
}

struct Decoded {
  std::string bytes;
  std::string error;
};

// Whether chars[i], an '=', is in one of the two places padding may take at the end.
bool is_padding_place(const std::string& chars, std::size_t i) {
  return i + 1 == chars.size() || (i + 2 == chars.size() && chars.back() == '=');
}

// RFC 4648 section 4 base64: the standard alphabet, padded with '=' to a multiple of 4.
Decoded base64_decode(const Unescaped& text, std::size_t end) {
  const std::string& chars = text.bytes;
  if (chars.size() % 4 != 0) {
    return {{},
            "base64 data is " + std::to_string(chars.size()) +
                " characters long, not a multiple of 4, when it ends" + at(end)};
  }
  Decoded out;
  std::uint32_t bits = 0;
  int bit_count = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    char c = chars[i];
    if (c == '=') {
      if (!is_padding_place(chars, i)) {
        return {{}, "base64 data has padding '=' before its end" + at(text.offsets[i])};
      }
      continue;
    }
    int value = base64_value(c);
    if (value < 0) {
      return {{}, "base64 data has an invalid character " + describe(c) + at(text.offsets[i])};
    }
    bits = (bits << 6) | static_cast<std::uint32_t>(value);
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      out.bytes += static_cast<char>((bits >> bit_count) & 0xFF);
    }
  }
  return out;
}

}  // namespace

DecodedDataUri decode_data_uri(std::string_view text) {
  if (!starts_with_ignoring_case(text, kScheme)) {
    return DecodedDataUri::failed("not a data URI: it does not start with \"data:\"");
  }
  auto comma = text.find(',', kScheme.size());
  if (comma == std::string_view::npos) {
    return DecodedDataUri::failed("not a data URI: no comma separates its header from its data");
  }
  Header header = parse_header(text.substr(kScheme.size(), comma - kScheme.size()), kScheme.size());
  if (!header.error.empty()) return DecodedDataUri::failed(std::move(header.error));
  Unescaped data = percent_decode(text.substr(comma + 1), comma + 1);
  if (!data.error.empty()) return DecodedDataUri::failed(std::move(data.error));
  if (header.base64) {
    Decoded decoded = base64_decode(data, text.size());
    if (!decoded.error.empty()) return DecodedDataUri::failed(std::move(decoded.error));
    data.bytes = std::move(decoded.bytes);
  }
  return {DataUri{std::move(header.media_type), header.base64, std::move(data.bytes)}, {}};
}

}  // namespace ucwa::representation
