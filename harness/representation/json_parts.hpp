#pragma once

// The parts every JSON reader in this library shares: the bounded parse, where a value sits, the
// defects list, and the resource, link and error-body readers at object level, so that a reader
// of a larger document (an event batch) reads the resources and reasons it embeds the same way.
// Only the library's own sources include this header: it exposes nlohmann::json.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/parse_error.hpp"
#include "model/reason.hpp"
#include "model/resource.hpp"
#include "representation/limits.hpp"

namespace ucwa::representation::json_parts {

using Json = nlohmann::json;

// Where a value sits, as a chain up to the root: the JSON pointer is rendered only when a
// defect or a resource needs it, so reading costs no string per element.
struct Place {
  const Place* parent = nullptr;
  const std::string* rendered = nullptr;  // this place's pointer, when already rendered
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;

  Place member(std::string_view name) const { return {this, nullptr, name, 0, false}; }
  Place item(std::size_t i) const { return {this, nullptr, {}, i, true}; }
  // The same place, whose pointer `pointer` already holds: places below render from it.
  Place rendered_as(const std::string& pointer) const {
    return {parent, &pointer, key, index, is_index};
  }
  std::string pointer() const;
};

// Collects what had to be passed over, with its JSON pointer; past max_defects only counts.
struct Defects {
  std::vector<model::ParseError>& list;
  std::size_t left_out = 0;

  void add(const Place& place, std::string message) {
    if (list.size() < max_defects)
      list.push_back({place.pointer(), std::move(message)});
    else
      ++left_out;
  }
  void finish() {
    if (left_out > 0) list.push_back({"", more_defects(left_out)});
  }
};

// The body as a tree, or why not (a byte offset): not JSON, or nested deeper than
// max_nesting_depth. Never throws.
std::optional<Json> parse(std::string_view body, model::ParseError& error);

// {href, title?}; a defect and nothing when it is not that shape.
std::optional<model::Link> read_link(const Json& node, const Place& place, Defects& defects);

// A resource object (PayloadFormat.md); node must be an object.
model::Resource read_resource(const Json& node, const Place& place, Defects& defects);

// An error-body object (ErrorsAndInformationalMessages.md); node must be an object.
model::Reason read_reason(const Json& node, const Place& place, Defects& defects);

}  // namespace ucwa::representation::json_parts
