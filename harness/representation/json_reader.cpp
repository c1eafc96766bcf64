#include "representation/json_reader.hpp"

#include "representation/json_parts.hpp"

namespace ucwa::representation {

using json_parts::Defects;
using json_parts::Place;

model::Read<model::Resource> read_json_resource(std::string_view body) {
  model::ParseError error;
  auto document = json_parts::parse(body, error);
  if (!document) return model::Read<model::Resource>::failed(error);
  if (!document->is_object()) {
    return model::Read<model::Resource>::failed({"", "a JSON resource must be an object"});
  }
  model::Read<model::Resource> read;
  Defects defects{read.defects};
  read.value = json_parts::read_resource(*document, Place{}, defects);
  defects.finish();
  return read;
}

model::Read<model::Reason> read_json_reason(std::string_view body) {
  model::ParseError error;
  auto document = json_parts::parse(body, error);
  if (!document) return model::Read<model::Reason>::failed(error);
  if (!document->is_object()) {
    return model::Read<model::Reason>::failed({"", "a JSON error body must be an object"});
  }
  model::Read<model::Reason> read;
  Defects defects{read.defects};
  read.value = json_parts::read_reason(*document, Place{}, defects);
  defects.finish();
  return read;
}

}  // namespace ucwa::representation
