#pragma once

#include <string>

#include "check/rules/rule.hpp"
#include "contract/resource_spec.hpp"
#include "model/resource.hpp"

namespace ucwa::check::rules {

// The checks one resource description implies, on one resource read from either format.
// `at` prefixes every finding's path ("" for the invitation, "from/" for a participant).
// Each returns false when the resource holds nothing the clause speaks of.
bool check_property(const model::Resource& resource, const contract::PropertySpec& spec,
                    const std::string& at, Judgement& judgement);
bool check_link(const model::Resource& resource, const contract::LinkSpec& spec,
                const std::string& at, Judgement& judgement);
bool check_embedded(const model::Resource& resource, const contract::EmbeddedSpec& spec,
                    const std::string& at, Judgement& judgement);

}  // namespace ucwa::check::rules
