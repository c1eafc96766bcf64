#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/exchange.hpp"
#include "model/format.hpp"

namespace ucwa::check {

// GETs of hrefs the target gave, and what each should be (Hypermedia.md: clients follow links).
struct Lookup {
  model::Format requested = model::Format::json;
  std::string expected_rel;          // the rel each answer should carry
  std::vector<http::Exchange> gets;  // every GET made; none when there was nothing to follow
  std::string nothing_to_follow;     // why there are no GETs, when there are none
  // Discovery: the answer must link `relation` to `target` (both resolved against `base`).
  std::optional<std::string> relation;
  std::string target;
  std::string base;
};

// The same thing asked for once as JSON and once as XML.
struct Pair {
  http::Exchange json;
  http::Exchange xml;
  std::string base;                // hrefs are compared after resolving against it
  std::string nothing_to_compare;  // set when there was nothing to fetch (no self link)
};

}  // namespace ucwa::check
