#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "report/record.hpp"

namespace ucwa::cli {

// Turns every finished test into a report::TestRecord (verdict, message, redacted evidence),
// writes its HAR file under <reports>/evidence/, and prints one line per test as it finishes
// (with --quiet, only the failing ones).
class RunRecorder : public ::testing::EmptyTestEventListener {
 public:
  RunRecorder(std::optional<std::filesystem::path> reports, bool quiet, Options::Evidence evidence)
      : reports_(std::move(reports)), quiet_(quiet), evidence_(evidence) {}

  void OnTestStart(const ::testing::TestInfo& info) override;
  void OnTestPartResult(const ::testing::TestPartResult& part) override;
  void OnTestEnd(const ::testing::TestInfo& info) override;

  // Every test, in the order it finished (the last iteration's, under --gtest_repeat).
  std::vector<report::TestRecord> tests() const;

 private:
  std::optional<std::filesystem::path> reports_;
  bool quiet_;
  Options::Evidence evidence_;
  std::string failures_;
  std::string skip_reason_;
  std::chrono::steady_clock::time_point started_;
  std::vector<report::TestRecord> tests_;
};

}  // namespace ucwa::cli
