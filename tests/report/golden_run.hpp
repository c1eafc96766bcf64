#pragma once

#include <vector>

#include "http/exchange.hpp"
#include "report/evidence.hpp"
#include "report/record.hpp"

// The one fixed run every golden report test writes: a test of every verdict and kind, a waived
// failure, a stale and an expired waiver, and evidence with text that needs escaping. Its times
// are fixed, so every report it produces is the same byte for byte.
namespace ucwa::golden {

inline constexpr const char* started = "2026-01-02T03:04:05Z";

// An answered POST (a header and a body with <, &, quotes) and a GET that got no answer.
std::vector<http::Exchange> exchanges();
// The redactor of the run: its token is written $UCWA_TOKEN.
report::Redactor redactor();

report::RunRecord run();

}  // namespace ucwa::golden
