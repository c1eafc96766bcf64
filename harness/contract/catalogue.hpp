#pragma once

#include <span>
#include <string_view>

#include "contract/clause.hpp"

namespace ucwa::contract {

// Every clause the harness checks, in id order.
std::span<const Clause> catalogue();

// The clause with that id, or nullptr.
const Clause* find_clause(std::string_view id);

}  // namespace ucwa::contract
