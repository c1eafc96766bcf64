#pragma once

#include <string>
#include <vector>

#include "report/record.hpp"

namespace ucwa::report {

// A clause of the catalogue, as coverage lists it.
struct CoveredClause {
  std::string id, level, source, promise;
};

// A test the harness has, whether or not this run selected it.
struct DeclaredTest {
  std::string name;    // "Created.EchoesOperationId/Json"
  std::string clause;  // its clause id
  std::string format;  // "Json" or "Xml"
};

struct Coverage {
  std::string json;      // coverage.json
  std::string markdown;  // coverage.md
};

// Every clause with the tests declared for it and what each came to in `run`, per format (each
// format shows its worst test by report::severity; "not run" when the filter left it out); a
// clause no test covers is listed as uncovered.
Coverage coverage_of(const RunRecord& run, const std::vector<CoveredClause>& clauses,
                     const std::vector<DeclaredTest>& tests);

}  // namespace ucwa::report
