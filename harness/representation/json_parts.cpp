#include "representation/json_parts.hpp"

namespace ucwa::representation::json_parts {

namespace {

using model::ParseError;

// A pointer token (RFC 6901), cut after max_location_name_bytes of the key.
void append_token(std::string& out, std::string_view key) {
  for (char c : key.substr(0, max_location_name_bytes)) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  if (key.size() > max_location_name_bytes) out += "...";
}

std::string byte_at(std::size_t offset) {
  return "byte " + std::to_string(offset);
}

// The offset of the first '[' or '{' past the depth limit. Called only once the parser has
// stopped there, so everything before it is well-formed JSON and brackets in strings are skipped
// by following the string syntax.
std::size_t offset_too_deep(std::string_view body) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_nesting_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return body.size();
}

// Builds the document through nlohmann's SAX interface so that depth is counted while parsing:
// past max_nesting_depth the parse stops before the deeper container exists. Every error the
// parser reports (syntax, invalid UTF-8, out_of_range for 1e400) arrives here with its byte
// offset instead of as an exception.
class Builder final : public nlohmann::json_sax<Json> {
 public:
  explicit Builder(Json& root) : root_(root) {}

  std::optional<ParseError> error;
  bool too_deep = false;

  bool null() override { return put(nullptr) != nullptr; }
  bool boolean(bool value) override { return put(value) != nullptr; }
  bool number_integer(number_integer_t value) override { return put(value) != nullptr; }
  bool number_unsigned(number_unsigned_t value) override { return put(value) != nullptr; }
  bool number_float(number_float_t value, const string_t&) override {
    return put(value) != nullptr;
  }
  bool string(string_t& value) override { return put(std::move(value)) != nullptr; }
  bool binary(binary_t&) override { return false; }  // JSON text holds no binary values
  bool start_object(std::size_t) override { return open(Json::object()); }
  bool key(string_t& name) override {
    key_ = std::move(name);
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(Json::array()); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::json::exception& e) override {
    error = ParseError{byte_at(position), e.what()};
    return false;
  }

 private:
  Json& root_;
  std::vector<Json*> open_;
  std::string key_;

  Json* put(Json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }
  bool open(Json container) {
    if (open_.size() >= max_nesting_depth) {
      too_deep = true;
      return false;
    }
    open_.push_back(put(std::move(container)));
    return true;
  }
  bool close() {
    if (!open_.empty()) open_.pop_back();
    return true;
  }
};

}  // namespace

std::optional<Json> parse(std::string_view body, ParseError& error) {
  Json document;
  Builder builder(document);
  try {
    if (Json::sax_parse(body.begin(), body.end(), &builder)) return document;
  } catch (const Json::exception& e) {
    // The SAX interface reports errors to the builder; nothing documented is thrown, but a
    // reader must not let anything from the library escape.
    error = {"byte 0", e.what()};
    return std::nullopt;
  }
  if (builder.too_deep) {
    error = {byte_at(offset_too_deep(body)), "nested deeper than the depth limit of " +
                                                 std::to_string(max_nesting_depth) +
                                                 " arrays and objects"};
  } else if (builder.error) {
    error = *builder.error;
  } else {
    error = {"byte 0", "not a JSON text"};
  }
  return std::nullopt;
}

std::string Place::pointer() const {
  if (rendered != nullptr) return *rendered;
  if (parent == nullptr) return "";
  std::string out = parent->pointer();
  out += '/';
  if (is_index)
    out += std::to_string(index);
  else
    append_token(out, key);
  return out;
}

namespace {

model::Value read_value(const Json& node, const Place& place, Defects& defects) {
  switch (node.type()) {
    case Json::value_t::null:
      return model::Value::null();
    case Json::value_t::boolean:
      return model::Value::boolean(node.get<bool>());
    case Json::value_t::string:
      return model::Value::string(node.get<std::string>());
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return model::Value::number(node.dump());
    case Json::value_t::array: {
      std::vector<model::Value> items;
      for (std::size_t i = 0; i < node.size(); ++i) {
        items.push_back(read_value(node[i], place.item(i), defects));
      }
      return model::Value::list(std::move(items));
    }
    default:
      defects.add(place, "a property value must be a string, number, boolean, null or array");
      return model::Value::null();
  }
}

void read_links(const Json& node, const Place& place, model::Resource& resource, Defects& defects) {
  if (!node.is_object()) {
    defects.add(place, "\"_links\" must be an object keyed by relation");
    return;
  }
  for (const auto& [relation, value] : node.items()) {
    const Place at = place.member(relation);
    if (relation == "self") {
      if (auto self = read_link(value, at, defects)) resource.self = self->href;
      continue;
    }
    model::LinkRelation group;
    if (value.is_array()) {
      group.multiplicity = model::Multiplicity::list;
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto link = read_link(value[i], at.item(i), defects)) {
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

void read_embedded(const Json& node, const Place& place, model::Resource& resource,
                   Defects& defects) {
  if (!node.is_object()) {
    defects.add(place, "\"_embedded\" must be an object keyed by relation");
    return;
  }
  for (const auto& [relation, value] : node.items()) {
    const Place at = place.member(relation);
    model::EmbeddedRelation group;
    if (value.is_array()) {
      group.multiplicity = model::Multiplicity::list;
      for (std::size_t i = 0; i < value.size(); ++i) {
        const Place item_at = at.item(i);
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

std::optional<std::string> read_string_member(const Json& node, const char* name,
                                              const Place& place, Defects& defects) {
  auto member = node.find(name);
  if (member == node.end() || member->is_null()) return std::nullopt;
  if (member->is_string()) return member->get<std::string>();
  defects.add(place.member(name), std::string("\"") + name + "\" must be a string");
  return std::nullopt;
}

std::map<std::string, model::Value> read_bag(const Json& node, const char* name,
                                             const Place& parent, Defects& defects) {
  std::map<std::string, model::Value> bag;
  auto member = node.find(name);
  if (member == node.end() || member->is_null()) return bag;
  const Place place = parent.member(name);
  if (!member->is_object()) {
    defects.add(place, std::string("\"") + name + "\" must be an object (a property bag)");
    return bag;
  }
  for (const auto& [key, value] : member->items()) {
    bag[key] = read_value(value, place.member(key), defects);
  }
  return bag;
}

}  // namespace

std::optional<model::Link> read_link(const Json& node, const Place& place, Defects& defects) {
  if (!node.is_object()) {
    defects.add(place, "a link must be an object with \"href\"");
    return std::nullopt;
  }
  auto href = node.find("href");
  if (href == node.end() || !href->is_string()) {
    defects.add(place.member("href"), "a link's \"href\" must be a string");
    return std::nullopt;
  }
  model::Link link{href->get<std::string>(), std::nullopt};
  if (auto title = node.find("title"); title != node.end()) {
    if (title->is_string())
      link.title = title->get<std::string>();
    else
      defects.add(place.member("title"), "a link's \"title\" must be a string");
  }
  return link;
}

model::Resource read_resource(const Json& node, const Place& place, Defects& defects) {
  model::Resource resource;
  resource.location = place.pointer();
  // Members below render their pointers from this one, not again from the root.
  const Place here = place.rendered_as(resource.location);
  for (const auto& [name, value] : node.items()) {
    const Place at = here.member(name);
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

model::Reason read_reason(const Json& node, const Place& place, Defects& defects) {
  model::Reason reason;
  reason.code = read_string_member(node, "code", place, defects);
  reason.subcode = read_string_member(node, "subcode", place, defects);
  reason.message = read_string_member(node, "message", place, defects);
  if (auto link = node.find("link"); link != node.end() && link->is_object()) {
    if (auto href = link->find("href"); href != link->end() && href->is_string()) {
      reason.link = href->get<std::string>();
    }
  } else {
    reason.link = read_string_member(node, "link", place, defects);
  }
  reason.parameters = read_bag(node, "parameters", place, defects);
  reason.debug_info = read_bag(node, "debugInfo", place, defects);
  return reason;
}

}  // namespace ucwa::representation::json_parts
