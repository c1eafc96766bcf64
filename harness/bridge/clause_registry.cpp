#include "bridge/clause_registry.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "contract/catalogue.hpp"

namespace ucwa::bridge {

namespace {
std::map<std::string, const contract::Clause*>& registry() {
  static std::map<std::string, const contract::Clause*> tests;
  return tests;
}
}  // namespace

bool declare_clause(std::string_view area, std::string_view promise, std::string_view clause_id) {
  const contract::Clause* clause = contract::find_clause(clause_id);
  if (!clause) {
    std::cerr << "ucwa-conform: test " << area << "." << promise << " names clause " << clause_id
              << ", which the catalogue does not have\n";
    std::abort();
  }
  registry()[std::string(area) + "." + std::string(promise)] = clause;
  return true;
}

const contract::Clause* clause_of(const ::testing::TestInfo& test) {
  std::string name = test.name();
  name = name.substr(0, name.find('/'));
  auto found = registry().find(std::string(test.test_suite_name()) + "." + name);
  return found == registry().end() ? nullptr : found->second;
}

const contract::Clause* clause_of_current_test() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return info ? clause_of(*info) : nullptr;
}

}  // namespace ucwa::bridge
