#pragma once

#include <iosfwd>

#include "load/record.hpp"

namespace ucwa::load::testing {

// A run of `escalations` escalations against one target with every part of a record filled in:
// latencies of every request kind (drawn from `seed`), errors, a violated clause with examples
// and a held one, both thresholds, a few seconds of the latency over time.
LoadRecord sample_record(unsigned seed, std::uint64_t escalations = 200,
                         const std::string& machine = "runner-1");

}  // namespace ucwa::load::testing

namespace ucwa::load {

// GoogleTest prints a record that differs as its load.json.
void PrintTo(const LoadRecord& record, std::ostream* out);

}  // namespace ucwa::load
