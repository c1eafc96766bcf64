#pragma once

#include <string>

#include "report/record.hpp"

namespace ucwa::report {

// JUnit XML as CI servers read it (the Jenkins xunit schema): one <testsuite> per area with the
// run's properties; `classname` the area, `name` the promise and format; conformance failures
// as <failure type="MUST|SHOULD">, transport and harness trouble as <error>, skips with their
// reason; every testcase with clause, level, source, format and verdict, and its evidence in
// <system-out>.
std::string junit_xml(const RunRecord& run);

}  // namespace ucwa::report
