#include "representation/json_reader.hpp"

#include <nlohmann/json.hpp>

namespace ucwa::representation {

namespace {

using model::ParseError;
using nlohmann::json;

// Collects what had to be passed over, with its JSON pointer.
struct Defects {
  std::vector<ParseError>& list;
  void add(std::string pointer, std::string message) {
    list.push_back({std::move(pointer), std::move(message)});
  }
};

std::string pointer_token(const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~')
      escaped += "~0";
    else if (c == '/')
      escaped += "~1";
    else
      escaped += c;
  }
  return escaped;
}

std::string child_pointer(const std::string& pointer, const std::string& key) {
  return pointer + "/" + pointer_token(key);
}

std::optional<json> parse(std::string_view body, ParseError& error) {
  try {
    return json::parse(body.begin(), body.end());
  } catch (const json::parse_error& e) {
    error = {"byte " + std::to_string(e.byte), e.what()};
  }
  return std::nullopt;
}

model::Value read_value(const json& node, const std::string& pointer, Defects& defects) {
  switch (node.type()) {
    case json::value_t::null:
      return model::Value::null();
    case json::value_t::boolean:
      return model::Value::boolean(node.get<bool>());
    case json::value_t::string:
      return model::Value::string(node.get<std::string>());
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return model::Value::number(node.dump());
    case json::value_t::array: {
      std::vector<model::Value> items;
      for (std::size_t i = 0; i < node.size(); ++i) {
        items.push_back(read_value(node[i], pointer + "/" + std::to_string(i), defects));
      }
      return model::Value::list(std::move(items));
    }
    default:
      defects.add(pointer, "a property value must be a string, number, boolean, null or array");
      return model::Value::null();
  }
}

std::optional<model::Link> read_link(const json& node, const std::string& pointer,
                                     Defects& defects) {
  if (!node.is_object()) {
    defects.add(pointer, "a link must be an object with \"href\"");
    return std::nullopt;
  }
  auto href = node.find("href");
  if (href == node.end() || !href->is_string()) {
    defects.add(pointer + "/href", "a link's \"href\" must be a string");
    return std::nullopt;
  }
  model::Link link{href->get<std::string>(), std::nullopt};
  if (auto title = node.find("title"); title != node.end()) {
    if (title->is_string())
      link.title = title->get<std::string>();
    else
      defects.add(pointer + "/title", "a link's \"title\" must be a string");
  }
  return link;
}

void read_links(const json& node, const std::string& pointer, model::Resource& resource,
                Defects& defects) {
  if (!node.is_object()) {
    defects.add(pointer, "\"_links\" must be an object keyed by relation");
    return;
  }
  for (const auto& [relation, value] : node.items()) {
    const std::string at = child_pointer(pointer, relation);
    if (relation == "self") {
      if (auto self = read_link(value, at, defects)) resource.self = self->href;
      continue;
    }
    model::LinkRelation group;
    if (value.is_array()) {
      group.multiplicity = model::Multiplicity::list;
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto link = read_link(value[i], at + "/" + std::to_string(i), defects)) {
          group.links.push_back(*link);
        }
      }
    } else {
      group.multiplicity = model::Multiplicity::single;
      if (auto link = read_link(value, at, defects)) group.links.push_back(*link);
    }
    resource.links[relation] = std::move(group);
  }
}

model::Resource read_resource(const json& node, const std::string& pointer, Defects& defects);

void read_embedded(const json& node, const std::string& pointer, model::Resource& resource,
                   Defects& defects) {
  if (!node.is_object()) {
    defects.add(pointer, "\"_embedded\" must be an object keyed by relation");
    return;
  }
  for (const auto& [relation, value] : node.items()) {
    const std::string at = child_pointer(pointer, relation);
    model::EmbeddedRelation group;
    if (value.is_array()) {
      group.multiplicity = model::Multiplicity::list;
      for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item_at = at + "/" + std::to_string(i);
        if (value[i].is_object())
          group.resources.push_back(read_resource(value[i], item_at, defects));
        else
          defects.add(item_at, "an embedded resource must be an object");
      }
    } else if (value.is_object()) {
      group.multiplicity = model::Multiplicity::single;
      group.resources.push_back(read_resource(value, at, defects));
    } else {
      defects.add(at, "an embedded relation must be an object or an array of objects");
      continue;
    }
    resource.embedded[relation] = std::move(group);
  }
}

model::Resource read_resource(const json& node, const std::string& pointer, Defects& defects) {
  model::Resource resource;
  resource.location = pointer;
  for (const auto& [name, value] : node.items()) {
    const std::string at = child_pointer(pointer, name);
    if (name == "rel") {
      if (value.is_string())
        resource.rel = value.get<std::string>();
      else
        defects.add(at, "\"rel\" must be a string");
    } else if (name == "_links") {
      read_links(value, at, resource, defects);
    } else if (name == "_embedded") {
      read_embedded(value, at, resource, defects);
    } else {
      resource.properties[name] = read_value(value, at, defects);
    }
  }
  return resource;
}

std::optional<std::string> read_string_member(const json& node, const char* name,
                                              Defects& defects) {
  auto member = node.find(name);
  if (member == node.end() || member->is_null()) return std::nullopt;
  if (member->is_string()) return member->get<std::string>();
  defects.add(std::string("/") + name, std::string("\"") + name + "\" must be a string");
  return std::nullopt;
}

std::map<std::string, model::Value> read_bag(const json& node, const char* name, Defects& defects) {
  std::map<std::string, model::Value> bag;
  auto member = node.find(name);
  if (member == node.end() || member->is_null()) return bag;
  const std::string pointer = std::string("/") + name;
  if (!member->is_object()) {
    defects.add(pointer, std::string("\"") + name + "\" must be an object (a property bag)");
    return bag;
  }
  for (const auto& [key, value] : member->items()) {
    bag[key] = read_value(value, child_pointer(pointer, key), defects);
  }
  return bag;
}

}  // namespace

model::Read<model::Resource> read_json_resource(std::string_view body) {
  ParseError error;
  auto document = parse(body, error);
  if (!document) return model::Read<model::Resource>::failed(error);
  if (!document->is_object()) {
    return model::Read<model::Resource>::failed({"", "a JSON resource must be an object"});
  }
  model::Read<model::Resource> read;
  Defects defects{read.defects};
  read.value = read_resource(*document, "", defects);
  return read;
}

model::Read<model::Reason> read_json_reason(std::string_view body) {
  ParseError error;
  auto document = parse(body, error);
  if (!document) return model::Read<model::Reason>::failed(error);
  if (!document->is_object()) {
    return model::Read<model::Reason>::failed({"", "a JSON error body must be an object"});
  }
  model::Read<model::Reason> read;
  Defects defects{read.defects};
  model::Reason reason;
  reason.code = read_string_member(*document, "code", defects);
  reason.subcode = read_string_member(*document, "subcode", defects);
  reason.message = read_string_member(*document, "message", defects);
  if (auto link = document->find("link"); link != document->end() && link->is_object()) {
    if (auto href = link->find("href"); href != link->end() && href->is_string()) {
      reason.link = href->get<std::string>();
    }
  } else {
    reason.link = read_string_member(*document, "link", defects);
  }
  reason.parameters = read_bag(*document, "parameters", defects);
  reason.debug_info = read_bag(*document, "debugInfo", defects);
  read.value = std::move(reason);
  return read;
}

}  // namespace ucwa::representation
