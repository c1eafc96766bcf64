#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/options.hpp"
#include "app/progress.hpp"
#include "report/record.hpp"

namespace ucwa::app {

// Builds the run's record: turns every finished test into a report::TestRecord from the outcome
// the bridge recorded (bridge/outcome.hpp), with its redacted evidence and HAR document (written
// with the other reports at the end), and hands it to the progress printer. Under
// --gtest_repeat a test keeps its worst iteration.
class RunRecorder : public ::testing::EmptyTestEventListener {
 public:
  RunRecorder(Options::Evidence evidence, Progress& progress)
      : evidence_(evidence), progress_(progress) {}

  void OnTestStart(const ::testing::TestInfo& info) override;
  void OnTestPartResult(const ::testing::TestPartResult& part) override;
  void OnTestEnd(const ::testing::TestInfo& info) override;

  // Every test, in the order it first finished.
  std::vector<report::TestRecord> tests() const { return tests_; }

 private:
  Options::Evidence evidence_;
  Progress& progress_;
  std::string unsettled_;  // what GoogleTest reported for a test that settled no outcome
  std::chrono::steady_clock::time_point started_;     // for the duration
  std::chrono::system_clock::time_point started_at_;  // for the reports' start times
  std::vector<report::TestRecord> tests_;
};

}  // namespace ucwa::app
