#pragma once

#include <map>
#include <set>
#include <string>

namespace ucwa::samples {

// What one run of ucwa-conform did, read from its exit status and its JUnit report.
struct ConformRun {
  int status = -1;
  std::set<std::string> failed;       // "AVI-PROP-18/Json": clause and format of each failed test
  std::set<std::string> failed_must;  // those among them whose failure is of type MUST
  // Tests whose answer came in another format than asked for, so were not judged at all.
  std::set<std::string> not_judged;
  std::map<std::string, std::string> messages;  // the failure message of each
  int skipped = 0;
  int tests = 0;
  std::set<std::string> warned;  // clause/format of each test that passed with a warning
  std::string output;
};

// Runs the ucwa-conform program at `program` against `target` with the bearer token and any
// further arguments (already shell-quoted where needed).
ConformRun run_conform(const std::string& program, const std::string& target,
                       const std::string& token, const std::string& arguments);

// "a, b, c", or "(none)".
std::string listed(const std::set<std::string>& items);

// The last `characters` of a run's output, for a failure message.
std::string tail_of(const std::string& output, std::size_t characters = 3000);

}  // namespace ucwa::samples
