#pragma once

#include <string>

#include "load/record.hpp"

namespace ucwa::load {

// load.html: one page, complete with scripts and styles disabled and nothing fetched from the
// network: the verdict banner (the plain summary), throughput, latency percentiles and errors
// per request kind, CPU per escalation and peak memory, the escalation latency over time and its
// histogram as inline SVG, the thresholds, every judged clause, and the violations with their
// examples. Every text from outside is escaped (text::html_escaped). Outcomes as load_cases
// decides them.
std::string write_load_html(const LoadRecord& record, bool strict);

}  // namespace ucwa::load
