#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/value.hpp"

namespace ucwa::model {

struct Link {
  std::string href;
  std::optional<std::string> title;
};

// Whether the representation wrote a relation as one item or as a list. XML cannot tell
// (a one-element list looks like a single link), so its readers say `unstated`.
enum class Multiplicity { single, list, unstated };

struct LinkRelation {
  Multiplicity multiplicity = Multiplicity::unstated;
  std::vector<Link> links;
};

struct Resource;

struct EmbeddedRelation {
  Multiplicity multiplicity = Multiplicity::unstated;
  std::vector<Resource> resources;
};

// One UCWA resource, read from JSON or XML into the same shape (PayloadFormat.md).
struct Resource {
  // The resource's type name: JSON "rel", XML resource@rel at the top, or an embedded
  // resource's optional <property name="rel">. Empty when the representation does not say it.
  std::optional<std::string> rel;
  std::optional<std::string> self;  // JSON _links.self.href, XML resource@href
  std::map<std::string, Value> properties;
  std::map<std::string, LinkRelation> links;  // every relation but self
  std::map<std::string, EmbeddedRelation> embedded;
  // Where this resource sits in the document ("" for the root, "_embedded/from" ...).
  std::string location;

  const Value* property(const std::string& name) const;
  const LinkRelation* link(const std::string& relation) const;
  const EmbeddedRelation* embedded_relation(const std::string& relation) const;
};

}  // namespace ucwa::model
