#pragma once

#include <span>
#include <string_view>

#include "contract/clause.hpp"

namespace ucwa::contract {

// Every clause the harness checks, once: the stated clauses in the order catalogue.cpp writes
// them, then one per described member (the invitation's, then the participants'), per error row
// (the operation's table, then the generic errors) and per parameter limit, then the clauses
// only a load run judges (LOAD-*, Observation::concurrent). Not in id order:
// reports that list clauses by id sort them.
std::span<const Clause> catalogue();

// The clause with that id, or nullptr.
const Clause* find_clause(std::string_view id);

}  // namespace ucwa::contract
