#include "representation/xml_reader.hpp"

#include "representation/xml_parts.hpp"

namespace ucwa::representation {

using xml_parts::Defects;
using xml_parts::local_name;
using xml_parts::not_ucwa;
using xml_parts::root_path;
using xml_parts::Scope;

model::Read<model::Resource> read_xml_resource(std::string_view body) {
  model::ParseError error;
  auto document = xml_parts::parse(body, error);
  if (!document) return model::Read<model::Resource>::failed(error);
  pugi::xml_node root = document->document_element();
  if (local_name(root) != "resource") {
    return model::Read<model::Resource>::failed(
        {root_path(root),
         "the root element must be <resource>, not <" + std::string(root.name()) + ">"});
  }
  model::Read<model::Resource> read;
  Defects defects{read.defects};
  const Scope scope = Scope::of(root, nullptr);
  std::string path = root_path(root);
  if (scope.namespace_of(root).empty()) defects.add(path, not_ucwa());
  read.value = xml_parts::read_resource(root, scope, std::move(path), false, defects);
  defects.finish();
  return read;
}

model::Read<model::Reason> read_xml_reason(std::string_view body) {
  model::ParseError error;
  auto document = xml_parts::parse(body, error);
  if (!document) return model::Read<model::Reason>::failed(error);
  pugi::xml_node root = document->document_element();
  const std::string path = root_path(root);
  if (local_name(root) != "reason") {
    return model::Read<model::Reason>::failed(
        {path, "the root element must be <reason>, not <" + std::string(root.name()) + ">"});
  }
  model::Read<model::Reason> read;
  Defects defects{read.defects};
  if (Scope::of(root, nullptr).namespace_of(root) != ucwa_namespace) defects.add(path, not_ucwa());
  read.value = xml_parts::read_reason(root, path, defects);
  defects.finish();
  return read;
}

}  // namespace ucwa::representation
