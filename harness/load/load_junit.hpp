#pragma once

#include <string>

#include "load/record.hpp"

namespace ucwa::load {

// junit.xml of a load run: one testsuite "load" holding a testcase per judged clause (classname
// "Load.<clause>", name "<clause> <promise>", properties clause/level/source/judged/violated; a
// failure of type MUST or SHOULD saying "violated in 3 of 400 escalations" with the examples:
// both escalations' operationIds, the message and the evidence) and one per threshold
// (classname "Load.Threshold", name "max-p99-ms" or "max-error-rate", a failure of type
// "threshold" with the limit and what was observed). Outcomes as load_cases decides them.
std::string write_load_junit(const LoadRecord& record, bool strict);

}  // namespace ucwa::load
