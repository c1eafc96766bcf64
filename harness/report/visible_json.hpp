#pragma once

#include <string>
#include <utility>

#include "text/visible.hpp"

// For the report writers only: every string of a JSON document (names and values) made
// text::visible, so that what a server sent cannot make a report ill-formed or act on a reader.
namespace ucwa::report {

// Json is nlohmann::json or nlohmann::ordered_json. The documents are the writers' own (a few
// levels deep), so recursion is bounded.
template <class Json>
void make_visible(Json& json) {
  if (json.is_string()) {
    json = text::visible(json.template get_ref<const std::string&>());
  } else if (json.is_array()) {
    for (auto& element : json) make_visible(element);
  } else if (json.is_object()) {
    Json rebuilt = Json::object();
    for (auto& [name, value] : json.items()) {
      make_visible(value);
      rebuilt[text::visible(name)] = std::move(value);
    }
    json = std::move(rebuilt);
  }
}

// The document as text, every string visible first; nlohmann's own replacement never has
// anything left to replace.
template <class Json>
std::string visible_dump(Json json, int indent = 2) {
  make_visible(json);
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace ucwa::report
