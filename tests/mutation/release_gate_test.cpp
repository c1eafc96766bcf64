// The corrected levels, proven as a release gate sees them: ucwa-conform in a default run (no
// --strict) against the reference server running a mutant must exit 1 with a MUST failure on
// a test of the clause whose level was corrected. One row per mutant and clause; a corrected
// rule adds a row.
#include <gtest/gtest.h>

#include "conform_run.hpp"
#include "contract/catalogue.hpp"
#include "reference_server/reference_server.hpp"

namespace {

using namespace ucwa;

constexpr const char* kToken = "release-gate-token";

struct GateRow {
  const char* mutant;
  const char* clause;  // fails at MUST in at least one format
};

const GateRow kRows[] = {
    {"scopeless-token-accepted", "AUTH-6"},
    {"unrelated-scopes-accepted", "AUTH-7"},
    {"missing-parameter-wrong-subcode", "ESC-OPID-3"},
    {"missing-parameter-wrong-subcode", "ESC-SCTX-3"},
    {"from-embedded-as-list", "AVI-EMB-2"},
    {"accepted-by-as-single", "AVI-EMB-1"},
    {"conversation-link-as-list", "AVI-LINK-9"},
    {"operation-id-truncated-at-limit", "ESC-OPID-8"},
    {"non-boolean-participant-anonymous", "PAR-PROP-1"},
    {"non-boolean-invitation-privateLine", "AVI-PROP-15"},
    {"list-valued-invitation-bandwidthControlId", "AVI-PROP-2"},
    {"participants-not-served", "RES-3"},
    {"always-json", "REP-CTYPE-2"},
    {"vendor-types-ignored", "REP-CTYPE-3"},
};

void PrintTo(const GateRow& row, std::ostream* out) {
  *out << row.mutant << " " << row.clause;
}

class ReleaseGate : public ::testing::TestWithParam<GateRow> {};

TEST_P(ReleaseGate, DefaultRunFailsTheCorrectedClauseAtMust) {
  const GateRow& row = GetParam();
  const contract::Clause* clause = contract::find_clause(row.clause);
  ASSERT_NE(clause, nullptr) << row.clause;
  ASSERT_EQ(clause->level, contract::Level::must) << row.clause << " is not a MUST clause";
  reference::Server server({"127.0.0.1", 0, kToken, row.mutant, ""});
  server.start();
  const samples::ConformRun run =
      samples::run_conform(UCWA_CONFORM_PATH, server.base_url(), kToken, "--evidence none --quiet");
  EXPECT_EQ(run.status, 1) << "mutant " << row.mutant << "\n" << samples::tail_of(run.output);
  const std::string id(row.clause);
  EXPECT_TRUE(run.failed_must.count(id + "/Json") || run.failed_must.count(id + "/Xml"))
      << "mutant " << row.mutant << " left no MUST failure on " << id
      << "; MUST failures: " << samples::listed(run.failed_must)
      << "; all failures: " << samples::listed(run.failed);
}

std::string name_of(const GateRow& row) {
  std::string name = std::string(row.mutant) + "_" + row.clause;
  for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(, ReleaseGate, ::testing::ValuesIn(kRows),
                         [](const auto& param) { return name_of(param.param); });

}  // namespace
