#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace ucwa::app {

// Before the first test: is anything answering HTTP at the target and its control API?
// GoogleTest sets it up only when some test is selected. When the target cannot be reached,
// every test is an error (not run, with the reason) and the program exits 3, saying why once.
class Reachability : public ::testing::Environment {
 public:
  void SetUp() override;
  // Probes the target (once; SetUp reuses the answer): why it cannot be reached, or nothing.
  const std::optional<std::string>& probe();
  // Set by SetUp: why nothing was tested.
  const std::optional<std::string>& problem() const { return problem_; }

 private:
  bool probed_ = false;
  std::optional<std::string> found_;
  std::optional<std::string> problem_;
};

}  // namespace ucwa::app
