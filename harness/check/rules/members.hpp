#pragma once

#include <string>

#include "check/rules/rule.hpp"
#include "contract/described_member.hpp"
#include "model/resource.hpp"

namespace ucwa::check::rules {

// One described member judged on an invitation: the invitation's own member, or the member of
// every participant it embeds. `at` prefixes every finding's path. False when nothing held it.
bool check_described_member(const model::Resource& invitation,
                            const contract::DescribedMember& member, const std::string& at,
                            Judgement& judgement);

}  // namespace ucwa::check::rules
