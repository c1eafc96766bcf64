#include "check/rules/lookups.hpp"

#include <set>

#include "check/parity.hpp"
#include "http/url.hpp"
#include "representation/media_type.hpp"
#include "representation/read.hpp"

namespace ucwa::check::rules {

namespace {

// The answer read as a resource in the format its Content-Type names (else the one asked for).
model::Read<model::Resource> read_answer(const http::Exchange& exchange, model::Format asked) {
  auto content_type = http::find_header(exchange.response->headers, "Content-Type");
  return representation::read_resource(representation::format_to_read(content_type, asked),
                                       exchange.response->body);
}

// A link the token was not sent along (http::TransportFailure::off_origin) is the target's
// defect: a finding, never a pass and never a transport failure.
bool off_origin_finding(const http::Exchange& exchange, Judgement& judgement) {
  if (exchange.failure != http::TransportFailure::off_origin) return false;
  judgement.fail("GET " + exchange.request.url, exchange.failure_detail);
  return true;
}

std::optional<model::Resource> resource_or_finding(const http::Exchange& exchange,
                                                   model::Format asked, Judgement& judgement) {
  const std::string what = "GET " + exchange.request.url;
  if (off_origin_finding(exchange, judgement)) return std::nullopt;
  if (exchange.response->status != 200) {
    judgement.fail(what,
                   "answered " + std::to_string(exchange.response->status) + ", expected 200");
    return std::nullopt;
  }
  auto read = read_answer(exchange, asked);
  if (!read.value) judgement.fail(what, "the body could not be read: " + read.error->describe());
  return read.value;
}

std::string resolved(const std::string& base, const std::string& href) {
  return http::resolve(base, href).value_or(href);
}

std::set<std::string> keys(const auto& map) {
  std::set<std::string> names;
  for (const auto& [name, value] : map) names.insert(name);
  return names;
}

void compare_names(const std::string& what, const std::set<std::string>& json,
                   const std::set<std::string>& xml, Judgement& judgement) {
  for (const std::string& name : json) {
    if (!xml.count(name)) judgement.fail(what + " " + name, "JSON has it vs XML absent");
  }
  for (const std::string& name : xml) {
    if (!json.count(name)) judgement.fail(what + " " + name, "JSON absent vs XML has it");
  }
}

std::optional<model::Resource> any_answer(const http::Exchange& exchange, model::Format format,
                                          Judgement& judgement) {
  if (off_origin_finding(exchange, judgement)) return std::nullopt;
  auto read = read_answer(exchange, format);
  if (!read.value) {
    judgement.fail(std::string(model::to_string(format)) + " body",
                   "could not be read: " + read.error->describe());
  }
  return read.value;
}

}  // namespace

void resolves(const Lookup& lookup, Judgement& judgement) {
  if (lookup.gets.empty()) {
    judgement.nothing_to_check = lookup.nothing_to_follow;
    return;
  }
  for (const http::Exchange& get : lookup.gets) {
    auto resource = resource_or_finding(get, lookup.requested, judgement);
    if (resource && resource->rel != lookup.expected_rel) {
      judgement.fail("GET " + get.request.url, "expected a " + lookup.expected_rel +
                                                   " resource, got rel \"" +
                                                   resource->rel.value_or("(none)") + "\"");
    }
  }
}

void links_onward(const Lookup& lookup, Judgement& judgement) {
  if (lookup.gets.empty() || !lookup.relation) {
    judgement.nothing_to_check = lookup.nothing_to_follow;
    return;
  }
  auto resource = resource_or_finding(lookup.gets.front(), lookup.requested, judgement);
  if (!resource) return;
  const std::string path = lookup.expected_rel + " link " + *lookup.relation;
  const model::LinkRelation* relation = resource->link(*lookup.relation);
  if (!relation || relation->links.empty()) {
    judgement.fail(path,
                   "absent; a client can only find " + *lookup.relation + " through this link");
    return;
  }
  const std::string expected = resolved(lookup.base, lookup.target);
  const std::string found = resolved(lookup.base, relation->links.front().href);
  if (found != expected) {
    judgement.fail(path,
                   "leads to " + found + ", not to " + expected + " (named by the control API)");
  }
}

void same_resource(const Pair& pair, Judgement& judgement) {
  if (!pair.nothing_to_compare.empty()) {
    judgement.nothing_to_check = pair.nothing_to_compare;
    return;
  }
  auto json = resource_or_finding(pair.json, model::Format::json, judgement);
  auto xml = resource_or_finding(pair.xml, model::Format::xml, judgement);
  if (!json || !xml) return;
  for (const Difference& difference : compare(*json, *xml, pair.base)) {
    judgement.fail(difference.path, difference.contrast("JSON", "XML"));
  }
}

void same_structure(const Pair& pair, Judgement& judgement) {
  auto json = any_answer(pair.json, model::Format::json, judgement);
  auto xml = any_answer(pair.xml, model::Format::xml, judgement);
  if (!json || !xml) return;
  compare_names("property", keys(json->properties), keys(xml->properties), judgement);
  compare_names("link", keys(json->links), keys(xml->links), judgement);
  compare_names("embedded", keys(json->embedded), keys(xml->embedded), judgement);
}

namespace {

bool transport_failed(const http::Exchange& exchange) {
  return !exchange.answered() && exchange.failure != http::TransportFailure::off_origin;
}

}  // namespace

std::optional<std::string> transport_failure_in(const Lookup& lookup) {
  for (const http::Exchange& get : lookup.gets) {
    if (transport_failed(get)) return get.describe_failure();
  }
  return std::nullopt;
}

std::optional<std::string> transport_failure_in(const Pair& pair) {
  if (!pair.nothing_to_compare.empty()) return std::nullopt;
  if (transport_failed(pair.json)) return pair.json.describe_failure();
  if (transport_failed(pair.xml)) return pair.xml.describe_failure();
  return std::nullopt;
}

}  // namespace ucwa::check::rules
