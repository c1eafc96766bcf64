#pragma once

#include <optional>
#include <string>

#include "check/rules/rule.hpp"
#include "check/subjects.hpp"

namespace ucwa::check::rules {

// Each GET answered 200 with a resource of the expected rel.
void resolves(const Lookup& lookup, Judgement& judgement);
// The first GET's resource links `relation` to the expected target.
void links_onward(const Lookup& lookup, Judgement& judgement);

// The same resource in JSON and XML, under the equivalence rules of docs/architecture.md.
void same_resource(const Pair& pair, Judgement& judgement);
// Two answers with the same property names, link relations and embedded relations.
void same_structure(const Pair& pair, Judgement& judgement);

// The first transport failure among the exchanges, if any. A link not followed because it is off
// the token's origins (http::TransportFailure::off_origin) is a finding of the rules, not this.
std::optional<std::string> transport_failure_in(const Lookup& lookup);
std::optional<std::string> transport_failure_in(const Pair& pair);

}  // namespace ucwa::check::rules
