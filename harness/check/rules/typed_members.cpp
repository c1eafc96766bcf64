#include "check/rules/typed_members.hpp"

#include "http/url.hpp"
#include "representation/data_uri.hpp"

namespace ucwa::check::rules {

namespace {

using contract::Level;

std::size_t characters_in(const std::string& utf8) {
  std::size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  return count;
}

// ExternalResource content: written as a link in every sample, listed as a property on the page.
std::optional<std::string> external_content(const model::Resource& resource,
                                            const std::string& name) {
  if (const model::LinkRelation* link = resource.link(name); link && !link->links.empty()) {
    return link->links.front().href;
  }
  if (const model::Value* value = resource.property(name)) return value->as_text();
  return std::nullopt;
}

bool check_external(const model::Resource& resource, const contract::PropertySpec& spec,
                    const std::string& path, Judgement& judgement) {
  auto content = external_content(resource, std::string(spec.name));
  if (!content) return false;
  auto decoded = representation::decode_data_uri(*content);
  if (!decoded.value) judgement.fail(path, "not a data URI that decodes: " + *decoded.error);
  return true;
}

void check_value(const model::Value& value, const contract::PropertySpec& spec,
                 const std::string& path, Judgement& judgement) {
  switch (spec.type) {
    case contract::ValueType::string: {
      auto text = value.as_text();
      if (!text) {
        judgement.fail(path, "expected a string, got " + value.describe());
      } else if (spec.max_length && characters_in(*text) > spec.max_length) {
        judgement.fail(path, std::to_string(characters_in(*text)) + " characters, more than the " +
                                 std::to_string(spec.max_length) + " documented");
      }
      return;
    }
    case contract::ValueType::boolean:
      if (spec.nullable && value.as_text() == "") return;  // XML's empty property is its null
      if (!value.as_boolean()) {
        judgement.fail(
            path, "expected a boolean (JSON true/false, XML true/false), got " + value.describe());
      }
      return;
    case contract::ValueType::enumeration: {
      auto text = value.as_text();
      if (!text) {
        judgement.fail(path, "expected a " + std::string(spec.enumeration->name) +
                                 " name as a string, got " + value.describe());
      } else if (!spec.enumeration->contains(*text)) {
        judgement.fail(path, "\"" + *text + "\" is not a " + std::string(spec.enumeration->name) +
                                 " value (" + spec.enumeration->listed() + ")");
      }
      return;
    }
    case contract::ValueType::external_resource:
      return;
  }
}

// JSON states single or list, and PayloadFormat.md fixes the choice per relation: a JSON list
// where the sample has one object, or the reverse, is a MUST finding. XML cannot say it
// ("there is no way to distinguish a single link from a one-element collection"), so there only
// several items where the documentation shows one are noted, at SHOULD.
void check_cardinality(model::Multiplicity written, std::size_t count,
                       contract::Cardinality documented, const std::string& path,
                       const std::string& what, Judgement& judgement) {
  if (documented == contract::Cardinality::single) {
    if (written == model::Multiplicity::list) {
      judgement.fail(path, "written as a JSON list; the documentation shows a single " + what);
    } else if (count > 1) {
      judgement.fail(path, std::to_string(count) + " " + what + "s; the documentation shows one",
                     Level::should);
    }
  } else if (written == model::Multiplicity::single) {
    judgement.fail(path, "written as a single JSON " + what + "; the documentation shows a list");
  }
}

}  // namespace

bool check_property(const model::Resource& resource, const contract::PropertySpec& spec,
                    const std::string& at, Judgement& judgement) {
  const std::string path = at + std::string(spec.name);
  if (spec.type == contract::ValueType::external_resource) {
    return check_external(resource, spec, path, judgement);
  }
  const model::Value* value = resource.property(std::string(spec.name));
  if (!value) return false;
  // JSON null and XML's empty property say "no value": only a nullable property has one then.
  if (value->kind == model::Value::Kind::null) return spec.nullable;
  check_value(*value, spec, path, judgement);
  return true;
}

bool check_link(const model::Resource& resource, const contract::LinkSpec& spec,
                const std::string& at, Judgement& judgement) {
  const model::LinkRelation* relation = resource.link(std::string(spec.rel));
  if (!relation) return false;
  const std::string path = at + "link " + std::string(spec.rel);
  for (const model::Link& link : relation->links) {
    if (link.href.empty())
      judgement.fail(path, "empty href");
    else if (!http::is_uri_reference(link.href)) {
      judgement.fail(path, "href \"" + link.href + "\" is not a URI reference");
    }
  }
  check_cardinality(relation->multiplicity, relation->links.size(), spec.cardinality, path, "link",
                    judgement);
  return true;
}

bool check_embedded(const model::Resource& resource, const contract::EmbeddedSpec& spec,
                    const std::string& at, Judgement& judgement) {
  const model::EmbeddedRelation* relation = resource.embedded_relation(std::string(spec.rel));
  if (!relation) return false;
  const std::string path = at + "embedded " + std::string(spec.rel);
  check_cardinality(relation->multiplicity, relation->resources.size(), spec.cardinality, path,
                    "resource", judgement);
  for (std::size_t i = 0; i < relation->resources.size(); ++i) {
    const model::Resource& embedded = relation->resources[i];
    const std::string item = path + "[" + std::to_string(i) + "]";
    // XML may leave the inner rel unsaid (no <property name="rel">): only a stated one must match.
    if (embedded.rel && *embedded.rel != spec.inner_rel) {
      judgement.fail(item + "/rel", "expected \"" + std::string(spec.inner_rel) + "\", got \"" +
                                        *embedded.rel + "\"");
    }
    // Participants' self links are PAR-LINK-1's, a MUST of their own.
    if (spec.inner_rel != contract::participant_spec().rel &&
        (!embedded.self || embedded.self->empty())) {
      judgement.fail(item + "/self link", "absent");
    }
  }
  return true;
}

}  // namespace ucwa::check::rules
