#include "app/load_progress.hpp"

#include <cstdio>
#include <iostream>

namespace ucwa::app {

void LoadProgress::update(std::uint64_t escalations, std::uint64_t in_flight, std::uint64_t errors,
                          std::uint64_t violations, bool last) {
  const auto now = std::chrono::steady_clock::now();
  if (quiet_ || (!last && now - last_ < std::chrono::seconds(1))) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  char rate[64];
  std::snprintf(rate, sizeof rate, "%.1f s (%.1f/s)", seconds,
                seconds > 0 ? static_cast<double>(escalations) / seconds : 0.0);
  std::cout << "load: " << escalations << " escalations in " << rate << ", " << in_flight
            << " in flight, " << errors << " errors, " << violations << " violations" << std::endl;
}

}  // namespace ucwa::app
