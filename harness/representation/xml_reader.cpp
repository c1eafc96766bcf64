#include "representation/xml_reader.hpp"

#include <pugixml.hpp>

namespace ucwa::representation {

namespace {

using model::ParseError;

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// pugixml does not resolve namespaces: look up the element's prefix among its ancestors.
std::string_view namespace_of(const pugi::xml_node& node) {
  std::string_view name = node.name();
  auto colon = name.find(':');
  std::string declaration =
      colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  for (pugi::xml_node at = node; at; at = at.parent()) {
    if (auto attribute = at.attribute(declaration.c_str())) return attribute.value();
  }
  return {};
}

bool is_ucwa(const pugi::xml_node& node, std::string_view name) {
  return local_name(node) == name && namespace_of(node) == ucwa_namespace;
}

// "/resource/link[3]": the element's place among siblings of the same name.
std::string path_of(const pugi::xml_node& node) {
  std::string path;
  for (pugi::xml_node at = node; at && at.type() == pugi::node_element; at = at.parent()) {
    std::size_t index = 1;
    std::size_t same = 0;
    for (pugi::xml_node sibling = at.parent().first_child(); sibling;
         sibling = sibling.next_sibling()) {
      if (std::string_view(sibling.name()) != at.name()) continue;
      ++same;
      if (sibling == at) index = same;
    }
    std::string step = "/" + std::string(local_name(at));
    if (auto rel = at.attribute("rel"))
      step += "[@rel='" + std::string(rel.value()) + "']";
    else if (auto name = at.attribute("name"))
      step += "[@name='" + std::string(name.value()) + "']";
    else if (same > 1)
      step += "[" + std::to_string(index) + "]";
    path = step + path;
  }
  return path;
}

struct Defects {
  std::vector<ParseError>& list;
  void add(const pugi::xml_node& node, std::string message) {
    list.push_back({path_of(node), std::move(message)});
  }
};

std::optional<pugi::xml_document> parse(std::string_view body, ParseError& error) {
  pugi::xml_document document;
  auto result = document.load_buffer(body.data(), body.size());
  if (!result) {
    error = {"byte " + std::to_string(result.offset), result.description()};
    return std::nullopt;
  }
  return document;
}

std::optional<std::string> required_attribute(const pugi::xml_node& node, const char* name,
                                              Defects& defects) {
  auto attribute = node.attribute(name);
  if (!attribute) {
    defects.add(node, std::string("missing attribute \"") + name + "\"");
    return std::nullopt;
  }
  return std::string(attribute.value());
}

model::Value read_property_list(const pugi::xml_node& node, Defects& defects) {
  std::vector<model::Value> items;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(child) == "item")
      items.push_back(model::Value::lexical(child.text().get()));
    else
      defects.add(child, "a propertyList holds only <item> elements");
  }
  return model::Value::list(std::move(items));
}

model::Resource read_resource(const pugi::xml_node& node, bool embedded, Defects& defects) {
  model::Resource resource;
  resource.location = path_of(node);
  if (auto rel = node.attribute("rel"); rel && !embedded) resource.rel = rel.value();
  if (auto href = node.attribute("href")) resource.self = href.value();
  if (!namespace_of(node).empty() && namespace_of(node) != ucwa_namespace) {
    defects.add(node, "element is not in the UCWA namespace " + std::string(ucwa_namespace));
  }
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = local_name(child);
    // The root's namespace is judged once, at the root; a member that leaves it (xmlns="")
    // is not a UCWA element.
    if (namespace_of(child) != namespace_of(node)) {
      defects.add(child, "element is not in the UCWA namespace " + std::string(ucwa_namespace));
    }
    if (name == "link") {
      auto rel = required_attribute(child, "rel", defects);
      auto href = required_attribute(child, "href", defects);
      if (!rel || !href) continue;
      if (*rel == "self") {
        defects.add(child, "XML has no <link rel=\"self\">: the self link is resource@href");
        continue;
      }
      model::Link link{*href, std::nullopt};
      if (auto title = child.attribute("title")) link.title = title.value();
      resource.links[*rel].links.push_back(std::move(link));
    } else if (name == "property") {
      auto property = required_attribute(child, "name", defects);
      if (!property) continue;
      // The generated samples repeat the type name as <property name="rel">: not a property.
      if (*property == "rel") {
        if (embedded) resource.rel = child.text().get();
        continue;
      }
      resource.properties[*property] = model::Value::lexical(child.text().get());
    } else if (name == "propertyList") {
      auto property = required_attribute(child, "name", defects);
      if (property) resource.properties[*property] = read_property_list(child, defects);
    } else if (name == "resource") {
      auto rel = required_attribute(child, "rel", defects);
      if (!rel) continue;
      resource.embedded[*rel].resources.push_back(read_resource(child, true, defects));
    }
  }
  return resource;
}

std::map<std::string, model::Value> read_bag(const pugi::xml_node& node, Defects& defects) {
  std::map<std::string, model::Value> bag;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    auto name = required_attribute(child, "name", defects);
    if (!name) continue;
    if (local_name(child) == "propertyList")
      bag[*name] = read_property_list(child, defects);
    else
      bag[*name] = model::Value::lexical(child.text().get());
  }
  return bag;
}

}  // namespace

model::Read<model::Resource> read_xml_resource(std::string_view body) {
  ParseError error;
  auto document = parse(body, error);
  if (!document) return model::Read<model::Resource>::failed(error);
  pugi::xml_node root = document->document_element();
  if (local_name(root) != "resource") {
    return model::Read<model::Resource>::failed(
        {path_of(root),
         "the root element must be <resource>, not <" + std::string(root.name()) + ">"});
  }
  model::Read<model::Resource> read;
  Defects defects{read.defects};
  if (namespace_of(root).empty()) {
    defects.add(root, "element is not in the UCWA namespace " + std::string(ucwa_namespace));
  }
  read.value = read_resource(root, false, defects);
  return read;
}

model::Read<model::Reason> read_xml_reason(std::string_view body) {
  ParseError error;
  auto document = parse(body, error);
  if (!document) return model::Read<model::Reason>::failed(error);
  pugi::xml_node root = document->document_element();
  if (local_name(root) != "reason") {
    return model::Read<model::Reason>::failed(
        {path_of(root),
         "the root element must be <reason>, not <" + std::string(root.name()) + ">"});
  }
  model::Read<model::Reason> read;
  Defects defects{read.defects};
  if (!is_ucwa(root, "reason")) {
    defects.add(root, "element is not in the UCWA namespace " + std::string(ucwa_namespace));
  }
  model::Reason reason;
  for (pugi::xml_node child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = local_name(child);
    if (name == "code")
      reason.code = child.text().get();
    else if (name == "subcode")
      reason.subcode = child.text().get();
    else if (name == "message")
      reason.message = child.text().get();
    else if (name == "link") {
      auto href = child.attribute("href");
      reason.link = href ? href.value() : child.text().get();
    } else if (name == "parameters")
      reason.parameters = read_bag(child, defects);
    else if (name == "debugInfo")
      reason.debug_info = read_bag(child, defects);
  }
  read.value = std::move(reason);
  return read;
}

}  // namespace ucwa::representation
