#include "representation/read.hpp"

#include "representation/json_reader.hpp"
#include "representation/xml_reader.hpp"

namespace ucwa::representation {

model::Read<model::Resource> read_resource(model::Format format, std::string_view body) {
  return format == model::Format::json ? read_json_resource(body) : read_xml_resource(body);
}

model::Read<model::Reason> read_reason(model::Format format, std::string_view body) {
  return format == model::Format::json ? read_json_reason(body) : read_xml_reason(body);
}

}  // namespace ucwa::representation
