#pragma once

#include <chrono>
#include <cstdint>

namespace ucwa::app {

// The line a load run prints while it runs, about once a second:
//   load: 1200 escalations in 3.0 s (400.0/s), 8 in flight, 0 errors, 0 violations
class LoadProgress {
 public:
  explicit LoadProgress(bool quiet) : quiet_(quiet) {}

  void started(std::chrono::steady_clock::time_point at) { started_ = last_ = at; }
  // Prints when a second has passed since the last line (or always when `last`).
  void update(std::uint64_t escalations, std::uint64_t in_flight, std::uint64_t errors,
              std::uint64_t violations, bool last = false);

 private:
  bool quiet_;
  std::chrono::steady_clock::time_point started_{};
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace ucwa::app
