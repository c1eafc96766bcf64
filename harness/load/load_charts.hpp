#pragma once

// The two charts of load.html as inline SVG: drawn with presentation attributes only, so they
// render with no network, no script and no style sheet (a Content Security Policy that blocks
// inline styles leaves them intact).

#include <string>
#include <vector>

#include "load/histogram.hpp"

namespace ucwa::load {

// p50 and p99 of the escalation POST's latency, second by second since the start.
std::string latency_over_time_svg(const std::vector<Histogram>& by_second);

// How many escalations took how long: bars of 1/8 of a power of two each (16 microseconds
// below 256), with the p50 and p99 marked.
std::string latency_histogram_svg(const Histogram& latency);

}  // namespace ucwa::load
