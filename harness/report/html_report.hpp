#pragma once

#include <string>

#include "report/record.hpp"

namespace ucwa::report {

// index.html: one self-contained page (no network, no external assets) with the totals, a
// clause-by-format matrix coloured by verdict, and every test, failures first, with its
// findings and evidence; filters by verdict and area.
std::string html_report(const RunRecord& run);

}  // namespace ucwa::report
