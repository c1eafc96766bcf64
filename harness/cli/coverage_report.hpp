#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ucwa::cli {

// Writes coverage.json and coverage.md into `folder` when the run ends: every catalogue clause
// with the tests that cover it and their verdict per format; a clause no test covers is listed
// as uncovered.
class CoverageReport : public ::testing::EmptyTestEventListener {
 public:
  explicit CoverageReport(std::filesystem::path folder) : folder_(std::move(folder)) {}

  void OnTestEnd(const ::testing::TestInfo& info) override;
  void OnTestProgramEnd(const ::testing::UnitTest& unit) override;

 private:
  std::filesystem::path folder_;
  std::map<std::string, std::string> verdicts_;  // test name -> last verdict it came to
};

}  // namespace ucwa::cli
