#include "representation/xml_parts.hpp"

#include "representation/xml_reader.hpp"

namespace ucwa::representation::xml_parts {

namespace {

using model::ParseError;

// One step of a path: "/link", "/resource[@rel='x']", "/property[@name='y']" or "/link[3]" (the
// element's place among its parent's children of the same name, when there are several).
// Names and values longer than max_location_name_bytes are cut.
std::string step_of(const pugi::xml_node& node, std::size_t index, std::size_t same) {
  std::string step = "/";
  append_clipped(step, local_name(node));
  if (auto rel = node.attribute("rel")) {
    step += "[@rel='";
    append_clipped(step, rel.value());
    step += "']";
  } else if (auto name = node.attribute("name")) {
    step += "[@name='";
    append_clipped(step, name.value());
    step += "']";
  } else if (same > 1) {
    step += "[" + std::to_string(index) + "]";
  }
  return step;
}

std::string byte_at(std::ptrdiff_t offset) {
  return "byte " + std::to_string(offset < 0 ? 0 : offset);
}

// pugixml parses without recursion; the readers below recurse once per level. Walk the tree
// without a stack and refuse it at the first element deeper than the limit.
std::optional<ParseError> too_deep(const pugi::xml_document& document) {
  std::size_t above = 0;  // elements above node
  pugi::xml_node node = document.first_child();
  while (node) {
    if (node.type() == pugi::node_element) {
      if (above + 1 > max_nesting_depth) {
        return ParseError{
            byte_at(node.offset_debug()),
            "elements nested deeper than the depth limit of " + std::to_string(max_nesting_depth)};
      }
      if (node.first_child()) {
        ++above;
        node = node.first_child();
        continue;
      }
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
      if (node && node.type() == pugi::node_element) --above;
    }
    if (node) node = node.next_sibling();
  }
  return std::nullopt;
}

// A linear scan of the text for nesting deeper than the limit, before pugixml builds a tree of
// every element (a million-deep body would cost some 150 MB first). Markup it cannot follow is
// left for pugixml to report.
std::optional<ParseError> too_deep_in_text(std::string_view body) {
  std::size_t depth = 0;
  std::size_t at = body.find('<');
  const auto skip_past = [&](std::string_view end, std::size_t from) {
    const auto found = body.find(end, from);
    return found == std::string_view::npos ? body.size() : found + end.size();
  };
  while (at < body.size()) {
    const std::string_view rest = body.substr(at);
    if (rest.starts_with("<!--")) {
      at = skip_past("-->", at + 4);
    } else if (rest.starts_with("<![CDATA[")) {
      at = skip_past("]]>", at + 9);
    } else if (rest.starts_with("<?")) {
      at = skip_past("?>", at + 2);
    } else if (rest.starts_with("<!")) {  // a DOCTYPE, with its internal subset in brackets
      int brackets = 0;
      std::size_t i = at + 2;
      for (; i < body.size(); ++i) {
        if (body[i] == '"' || body[i] == '\'')
          i = std::min(body.find(body[i], i + 1), body.size());
        else if (body[i] == '[')
          ++brackets;
        else if (body[i] == ']')
          --brackets;
        else if (body[i] == '>' && brackets <= 0)
          break;
      }
      at = i + 1;
    } else if (rest.starts_with("</")) {
      if (depth > 0) --depth;
      at = skip_past(">", at + 2);
    } else {
      std::size_t i = at + 1;
      for (; i < body.size() && body[i] != '>'; ++i) {
        if (body[i] == '"' || body[i] == '\'')
          i = std::min(body.find(body[i], i + 1), body.size() - 1);
      }
      if (i >= body.size()) return std::nullopt;
      if (body[i - 1] != '/' && ++depth > max_nesting_depth) {
        return ParseError{
            byte_at(static_cast<std::ptrdiff_t>(at)),
            "elements nested deeper than the depth limit of " + std::to_string(max_nesting_depth)};
      }
      at = i + 1;
    }
    at = body.find('<', at);
  }
  return std::nullopt;
}

std::optional<std::string> required_attribute(const pugi::xml_node& node, const char* name,
                                              Children& place, Defects& defects) {
  auto attribute = node.attribute(name);
  if (!attribute) {
    defects.add(place, node, std::string("missing attribute \"") + name + "\"");
    return std::nullopt;
  }
  return std::string(attribute.value());
}

model::Value read_property_list(const pugi::xml_node& node, const std::string& path,
                                Defects& defects) {
  std::vector<model::Value> items;
  Children children(node, path);
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(child) == "item")
      items.push_back(model::Value::lexical(child.text().get()));
    else
      defects.add(children, child, "a propertyList holds only <item> elements");
  }
  return model::Value::list(std::move(items));
}

std::map<std::string, model::Value> read_bag(const pugi::xml_node& node, const std::string& path,
                                             Defects& defects) {
  std::map<std::string, model::Value> bag;
  Children children(node, path);
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    auto name = required_attribute(child, "name", children, defects);
    if (!name) continue;
    if (local_name(child) == "propertyList")
      bag[*name] = read_property_list(child, children.path_of(child), defects);
    else
      bag[*name] = model::Value::lexical(child.text().get());
  }
  return bag;
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

Scope Scope::of(const pugi::xml_node& node, const Scope* parent) {
  Scope scope;
  scope.parent = parent;
  if (parent != nullptr) scope.default_namespace = parent->default_namespace;
  bool default_declared = false;
  for (const pugi::xml_attribute& attribute : node.attributes()) {
    std::string_view name = attribute.name();
    if (name == "xmlns") {
      // The first of duplicated declarations wins, as pugixml's attribute lookup would.
      if (!default_declared) scope.default_namespace = attribute.value();
      default_declared = true;
    } else if (name.starts_with("xmlns:")) {
      scope.prefixes.emplace(name.substr(6), attribute.value());
    }
  }
  return scope;
}

std::string_view Scope::namespace_of(const pugi::xml_node& node) const {
  std::string_view name = node.name();
  auto colon = name.find(':');
  if (colon == std::string_view::npos) return default_namespace;
  std::string_view prefix = name.substr(0, colon);
  for (const Scope* at = this; at != nullptr; at = at->parent) {
    if (auto found = at->prefixes.find(prefix); found != at->prefixes.end()) return found->second;
  }
  return {};
}

std::string Children::path_of(const pugi::xml_node& child) {
  if (places_.empty()) count();
  const auto& [index, same] = places_.at(child.internal_object());
  return parent_path_ + step_of(child, index, same);
}

void Children::count() {
  std::unordered_map<std::string_view, std::size_t> totals;
  for (pugi::xml_node child : parent_.children()) ++totals[child.name()];
  std::unordered_map<std::string_view, std::size_t> seen;
  for (pugi::xml_node child : parent_.children()) {
    places_[child.internal_object()] = {++seen[child.name()], totals[child.name()]};
  }
}

std::optional<pugi::xml_document> parse(std::string_view body, ParseError& error) {
  if (auto deep = too_deep_in_text(body)) {
    error = *deep;
    return std::nullopt;
  }
  pugi::xml_document document;
  // The default options: the five predefined entities and character references are replaced;
  // a DOCTYPE is skipped and its entities are neither expanded nor fetched.
  auto result = document.load_buffer(body.data(), body.size());
  if (!result) {
    error = {byte_at(result.offset), result.description()};
    return std::nullopt;
  }
  if (auto deep = too_deep(document)) {
    error = *deep;
    return std::nullopt;
  }
  return document;
}

std::string root_path(const pugi::xml_node& root) {
  return step_of(root, 1, 1);
}

std::string not_ucwa() {
  return "element is not in the UCWA namespace " + std::string(ucwa_namespace);
}

// node's path is `path`; its scope has been resolved by the caller.
model::Resource read_resource(const pugi::xml_node& node, const Scope& scope, std::string path,
                              bool embedded, Defects& defects) {
  model::Resource resource;
  resource.location = std::move(path);
  if (auto rel = node.attribute("rel"); rel && !embedded) resource.rel = rel.value();
  if (auto href = node.attribute("href")) resource.self = href.value();
  const std::string_view own_namespace = scope.namespace_of(node);
  if (!own_namespace.empty() && own_namespace != ucwa_namespace) {
    defects.add(resource.location, not_ucwa());
  }
  Children children(node, resource.location);
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = local_name(child);
    const Scope child_scope = Scope::of(child, &scope);
    // The root's namespace is judged once, at the root; a member that leaves it (xmlns="")
    // is not a UCWA element.
    if (child_scope.namespace_of(child) != own_namespace) {
      defects.add(children, child, not_ucwa());
    }
    if (name == "link") {
      auto rel = required_attribute(child, "rel", children, defects);
      auto href = required_attribute(child, "href", children, defects);
      if (!rel || !href) continue;
      if (*rel == "self") {
        defects.add(children, child,
                    "XML has no <link rel=\"self\">: the self link is resource@href");
        continue;
      }
      model::Link link{*href, std::nullopt};
      if (auto title = child.attribute("title")) link.title = title.value();
      resource.links[*rel].links.push_back(std::move(link));
    } else if (name == "property") {
      auto property = required_attribute(child, "name", children, defects);
      if (!property) continue;
      // The generated samples repeat the type name as <property name="rel">: not a property.
      if (*property == "rel") {
        if (embedded) resource.rel = child.text().get();
        continue;
      }
      resource.properties[*property] = model::Value::lexical(child.text().get());
    } else if (name == "propertyList") {
      auto property = required_attribute(child, "name", children, defects);
      if (property) {
        resource.properties[*property] =
            read_property_list(child, children.path_of(child), defects);
      }
    } else if (name == "resource") {
      auto rel = required_attribute(child, "rel", children, defects);
      if (!rel) continue;
      resource.embedded[*rel].resources.push_back(
          read_resource(child, child_scope, children.path_of(child), true, defects));
    }
  }
  return resource;
}

model::Reason read_reason(const pugi::xml_node& node, const std::string& path, Defects& defects) {
  model::Reason reason;
  Children children(node, path);
  for (pugi::xml_node child : node.children()) {
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
      reason.parameters = read_bag(child, children.path_of(child), defects);
    else if (name == "debugInfo")
      reason.debug_info = read_bag(child, children.path_of(child), defects);
  }
  return reason;
}

}  // namespace ucwa::representation::xml_parts
