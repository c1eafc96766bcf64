#pragma once

#include <ostream>
#include <string_view>

namespace ucwa::model {

// The two spellings of one UCWA model (PayloadFormat.md).
enum class Format { json, xml };

constexpr std::string_view to_string(Format format) {
  return format == Format::json ? "Json" : "Xml";
}

inline std::ostream& operator<<(std::ostream& out, Format format) {
  return out << to_string(format);
}

}  // namespace ucwa::model
