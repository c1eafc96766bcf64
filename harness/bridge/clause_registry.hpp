#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "contract/clause.hpp"

namespace ucwa::bridge {

// Ties the test Area.Promise to the clause it checks. Called at static initialisation by
// CONFORMANCE_TEST; an id missing from the catalogue stops the program at once.
bool declare_clause(std::string_view area, std::string_view promise, std::string_view clause_id);

// The clause of the running test (Area.Promise/Format), or nullptr.
const contract::Clause* clause_of_current_test();
// The clause of any test, or nullptr.
const contract::Clause* clause_of(const ::testing::TestInfo& test);

}  // namespace ucwa::bridge
