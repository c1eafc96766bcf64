#pragma once

#include <string>

#include "check/escalation.hpp"
#include "check/subjects.hpp"
#include "model/format.hpp"

namespace ucwa::bridge {

// GET href and expect it to link `relation` to `target` (discovery).
check::Lookup discover(const std::string& href, model::Format format, std::string expected_rel,
                       std::string relation, std::string target);

// Follows the 201 body's links of `relation` ("self" for the invitation's own, "participants"
// for every embedded participant's self) with GETs that should answer `expected_rel`.
check::Lookup follow(const check::Escalation& escalation, const std::string& relation,
                     std::string expected_rel);

// GETs the invitation's self href once as JSON and once as XML.
check::Pair fetch_in_both_formats(const check::Escalation& escalation);

// The two 201 answers as a pair, whichever order they were made in.
check::Pair pair_of(const check::Escalation& one, const check::Escalation& other);

}  // namespace ucwa::bridge
