#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace ucwa::cli {

// Before the first test: is anything answering HTTP at the target and its control API?
// GoogleTest sets it up only when some test is selected. When the target cannot be reached,
// every test skips with the reason and the program exits 3.
class Reachability : public ::testing::Environment {
 public:
  void SetUp() override;
  const std::optional<std::string>& problem() const { return problem_; }

 private:
  std::optional<std::string> problem_;
};

}  // namespace ucwa::cli
