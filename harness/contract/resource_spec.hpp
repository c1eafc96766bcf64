#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "contract/clause.hpp"
#include "contract/enumerations.hpp"

namespace ucwa::contract {

enum class ValueType {
  string,
  boolean,
  enumeration,
  external_resource,  // non-UCWA content as an RFC 2397 data URI (PayloadFormat.md)
};

enum class Cardinality { single, list };

struct PropertySpec {
  std::string_view clause_id;
  std::string_view name;
  ValueType type;
  Level level;
  std::string_view source;
  std::string_view basis;  // the words that set the level (Clause::basis)
  const Enumeration* enumeration = nullptr;
  std::size_t max_length = 0;  // characters; 0: no documented limit
  bool nullable = false;       // null (an empty XML property) is allowed
};

struct LinkSpec {
  std::string_view clause_id;
  std::string_view rel;
  Cardinality cardinality;
};

struct ResourceSpec;

struct EmbeddedSpec {
  std::string_view clause_id;
  std::string_view rel;
  Cardinality cardinality;
  std::string_view inner_rel;  // the embedded resource's own rel ("participant")
  std::string_view basis;      // the sample that fixes the shape (Clause::basis)
};

// What the documentation says one resource holds. Every property, link and embedded relation
// here is allowed to be absent, and anything not listed is allowed too (Hypermedia.md,
// Versioning.md: clients ignore what they do not know).
struct ResourceSpec {
  std::string_view rel;
  std::string_view source;   // the page whose tables list the links
  std::string_view subject;  // how promises name it: "The invitation"
  // Why every link is MUST: the page's Links table, and the sample that writes each one.
  std::string_view links_basis;
  std::vector<PropertySpec> properties;
  std::vector<LinkSpec> links;  // every relation but self
  std::vector<EmbeddedSpec> embedded;
};

const ResourceSpec& audio_video_invitation_spec();  // UCWA/audioVideoInvitation_ref.md
const ResourceSpec& participant_spec();             // UCWA/participant_ref.md

}  // namespace ucwa::contract
