#pragma once

#include <string>
#include <vector>

#include "model/resource.hpp"

namespace ucwa::check {

// One way two readings of a resource differ: at `property subject`, `JSON "Q3" vs XML absent`.
struct Difference {
  std::string path;
  std::string left;   // as the left side has it
  std::string right;  // as the right side has it

  // `JSON "Q3" vs XML absent`: how the two sides differ (the path is apart).
  std::string contrast(const std::string& left_name, const std::string& right_name) const;
};

// Compares two resources under the equivalence rules (docs/architecture.md, JSON and XML):
// rel and self href; properties by name and value (booleans in any spelling, null as an empty
// or absent property); links as a multiset of (rel, href, title); embedded resources matched by
// relation and self href, recursively. Hrefs are compared after resolving against `base`.
// JSON-only distinctions (single link vs one-element list) are not parity and are not compared.
std::vector<Difference> compare(const model::Resource& left, const model::Resource& right,
                                const std::string& base);

}  // namespace ucwa::check
