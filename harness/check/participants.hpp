#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/resource.hpp"

namespace ucwa::check {

// Every participant the invitation embeds (from, acceptedByParticipant), with its path:
// "from", "acceptedByParticipant[0]".
std::vector<std::pair<std::string, const model::Resource*>> embedded_participants(
    const model::Resource& invitation);

}  // namespace ucwa::check
