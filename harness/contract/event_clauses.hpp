#pragma once

#include <span>

#include "contract/clause.hpp"

namespace ucwa::contract {

// The second half of the operation's one sentence, "Creates audioVideoInvitation in event
// channel": what the channel says about an escalation, and how the channel itself behaves.
std::span<const Clause> event_clauses();

}  // namespace ucwa::contract
