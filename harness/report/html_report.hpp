#pragma once

#include <string>

#include "report/record.hpp"

namespace ucwa::report {

// index.html: one self-contained page (no network, no external assets), complete without
// scripts: the totals (which add up to the tests run), a clause-by-format matrix showing each
// format's worst test, and every test, worst first (report::worse), with its findings and
// evidence. A small script only adds filters by verdict and area.
std::string html_report(const RunRecord& run);

}  // namespace ucwa::report
