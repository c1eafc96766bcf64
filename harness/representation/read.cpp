#include "representation/read.hpp"

#include "representation/events_reader.hpp"
#include "representation/json_reader.hpp"
#include "representation/media_type.hpp"
#include "representation/xml_reader.hpp"

namespace ucwa::representation {

model::Read<model::Resource> read_resource(model::Format format, std::string_view body) {
  return format == model::Format::json ? read_json_resource(body) : read_xml_resource(body);
}

model::Read<model::Reason> read_reason(model::Format format, std::string_view body) {
  return format == model::Format::json ? read_json_reason(body) : read_xml_reason(body);
}

model::Read<model::EventsBatch> read_events(model::Format format, std::string_view body) {
  return format == model::Format::json ? read_json_events(body) : read_xml_events(body);
}

model::Format format_to_read(const std::optional<std::string>& content_type, model::Format asked) {
  auto declared = content_type ? format_of(*content_type) : std::nullopt;
  return declared.value_or(asked);
}

}  // namespace ucwa::representation
