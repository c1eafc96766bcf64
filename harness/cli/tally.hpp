#pragma once

#include <gtest/gtest.h>

namespace ucwa::cli {

// Counts what every finished test came to, across --gtest_repeat iterations.
class Tally : public ::testing::EmptyTestEventListener {
 public:
  int passed = 0;
  int failed = 0;
  int skipped = 0;

  void OnTestEnd(const ::testing::TestInfo& info) override;
};

}  // namespace ucwa::cli
