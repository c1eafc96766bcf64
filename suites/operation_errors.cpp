// The rows of escalateAudioVideo_ref.md's error table: Conflict/AlreadyExists by escalating a
// conversation twice, the others through the control API's conditions (docs/control-api.md), one
// test per row registered from the catalogue: OperationErrors.TooManyGroups/Json, ...
#include "bridge/conformance_test.hpp"
#include "contract/error_spec.hpp"
#include "text/ascii.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class OperationErrors : public bridge::EscalationTest {};

// When the conversation has already been escalated, escalateAudioVideo answers (409, Conflict,
// AlreadyExists) with a UCWA error body (a JSON object or an XML <reason>) that carries code, in
// the format asked for.
CONFORMANCE_TEST(OperationErrors, SecondEscalationAlreadyExists, ESC_ERR_2) {
  const check::Escalation first = escalate();
  if (!first.exchange.answered()) {
    return bridge::give_up({target::Unavailable::Why::transport,
                            "the first escalation: " + first.exchange.describe_failure()});
  }
  if (first.exchange.response->status != 201) {
    return bridge::not_provoked("the first escalation was not accepted (status " +
                                std::to_string(first.exchange.response->status) +
                                "), so a second proves nothing");
  }
  EXPECT_TRUE(Satisfies(escalate()));
}

namespace {

// The test body every condition shares: set the condition, escalate, judge. Derives from
// OperationErrors: every test of one GoogleTest suite shares its fixture class.
class ConditionMet : public OperationErrors {
 public:
  explicit ConditionMet(std::string_view condition) : condition_(condition) {}

  void TestBody() override {
    auto set = bridge::session().control().set_condition(conversation.conversation, condition_);
    if (set.unavailable) return bridge::give_up(*set.unavailable);
    EXPECT_TRUE(Satisfies(escalate()));
  }

 private:
  std::string_view condition_;
};

[[maybe_unused]] const bool registered = [] {
  for (const contract::ErrorClause& row : contract::operation_errors()) {
    if (row.condition.empty()) continue;
    const std::string promise = text::upper_first(row.condition);
    const std::string_view condition = row.condition;
    bridge::register_conformance_tests<OperationErrors>(
        "OperationErrors", promise, row.clause_id,
        [condition] { return new ConditionMet(condition); });
  }
  return true;
}();

}  // namespace

}  // namespace ucwa::suites
