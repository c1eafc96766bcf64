#pragma once

// The parts every XML reader in this library shares: the bounded parse, namespace scopes, element
// paths, the defects list, and the resource and error-body readers at element level, so that a
// reader of a larger document (an event batch) reads the resources and reasons it embeds the same
// way. Only the library's own sources include this header: it exposes pugixml.

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/parse_error.hpp"
#include "model/reason.hpp"
#include "model/resource.hpp"
#include "representation/limits.hpp"

namespace ucwa::representation::xml_parts {

// The element's name without its prefix.
std::string_view local_name(const pugi::xml_node& node);

// pugixml does not resolve namespaces. A Scope holds the declarations made on one element and
// links to its parent's, so resolving a name costs the depth (at most max_nesting_depth), not a
// search through every ancestor's attributes.
struct Scope {
  const Scope* parent = nullptr;
  std::string_view default_namespace;
  std::unordered_map<std::string_view, std::string_view> prefixes;  // declared on this element

  static Scope of(const pugi::xml_node& node, const Scope* parent);

  // The namespace of an element declared in this scope (its own declarations included).
  std::string_view namespace_of(const pugi::xml_node& node) const;
};

// The children of one element and their paths ("/link[@rel='x']", "/link[3]"). The path of the
// parent is rendered once; the count of same-named siblings only when a child's path is first
// asked for, in one pass.
class Children {
 public:
  Children(const pugi::xml_node& parent, const std::string& parent_path)
      : parent_(parent), parent_path_(parent_path) {}

  std::string path_of(const pugi::xml_node& child);

 private:
  pugi::xml_node parent_;
  const std::string& parent_path_;
  std::unordered_map<const void*, std::pair<std::size_t, std::size_t>> places_;

  void count();
};

// Collects what had to be passed over, with its path; past max_defects only counts.
struct Defects {
  std::vector<model::ParseError>& list;
  std::size_t left_out = 0;

  void add(const std::string& path, std::string message) {
    if (list.size() < max_defects)
      list.push_back({path, std::move(message)});
    else
      ++left_out;
  }
  // The child's path is rendered only when the defect is listed.
  void add(Children& children, const pugi::xml_node& child, std::string message) {
    if (list.size() < max_defects)
      list.push_back({children.path_of(child), std::move(message)});
    else
      ++left_out;
  }
  void finish() {
    if (left_out > 0) list.push_back({"", more_defects(left_out)});
  }
};

// The body as a tree, or why not (a byte offset): not XML, or elements nested deeper than
// max_nesting_depth. DTD entities stay as written; nothing is fetched. Never throws.
std::optional<pugi::xml_document> parse(std::string_view body, model::ParseError& error);

// The path of a document's root element: "/resource[@rel='x']", "/reason".
std::string root_path(const pugi::xml_node& root);

// "element is not in the UCWA namespace ..."
std::string not_ucwa();

// A <resource> element whose path is `path` and whose scope the caller resolved. `embedded`:
// resource@rel is the relation it is embedded under, and its type comes from <property name="rel">.
model::Resource read_resource(const pugi::xml_node& node, const Scope& scope, std::string path,
                              bool embedded, Defects& defects);

// A <reason> element's children (<code>, <subcode>, <message>, <link>, <parameters>,
// <debugInfo>); the element's own name and namespace are the caller's to judge.
model::Reason read_reason(const pugi::xml_node& node, const std::string& path, Defects& defects);

}  // namespace ucwa::representation::xml_parts
