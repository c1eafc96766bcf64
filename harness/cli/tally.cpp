#include "cli/tally.hpp"

namespace ucwa::cli {

void Tally::OnTestEnd(const ::testing::TestInfo& info) {
  const ::testing::TestResult* result = info.result();
  if (result->Failed())
    ++failed;
  else if (result->Skipped())
    ++skipped;
  else
    ++passed;
}

}  // namespace ucwa::cli
