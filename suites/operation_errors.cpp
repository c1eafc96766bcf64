// The rows of escalateAudioVideo_ref.md's error table: Conflict/AlreadyExists by escalating a
// conversation twice, the others through the control API's conditions (interface.md), one test
// per row registered from the catalogue: OperationErrors.TooManyGroups/Json, ...
#include "bridge/conformance_test.hpp"
#include "contract/error_spec.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class OperationErrors : public bridge::EscalationTest {};

CONFORMANCE_TEST(OperationErrors, SecondEscalationAlreadyExists, "ESC-ERR-2") {
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

CONFORMANCE_AREA(OperationErrors);

namespace {

// The test body every condition shares: set the condition, escalate, judge.
// Derives from OperationErrors: every test of one GoogleTest suite shares its fixture class.
class ConditionMet : public OperationErrors {
 public:
  ConditionMet(model::Format format, std::string_view condition)
      : format_(format), condition_(condition) {}

  void TestBody() override {
    auto set = bridge::session().control().set_condition(conversation.conversation, condition_);
    if (set.unavailable) return bridge::give_up(*set.unavailable);
    EXPECT_TRUE(Satisfies(escalate()));
  }

 protected:
  model::Format format() const override { return format_; }

 private:
  model::Format format_;
  std::string_view condition_;
};

bool register_conditions() {
  for (const contract::ErrorClause& row : contract::operation_errors()) {
    if (row.condition.empty()) continue;
    std::string promise(row.condition);
    promise[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(promise[0])));
    bridge::declare_clause("OperationErrors", promise, row.clause_id);
    for (model::Format format : {model::Format::json, model::Format::xml}) {
      const std::string_view condition = row.condition;
      ::testing::RegisterTest(
          "OperationErrors", (promise + "/" + std::string(model::to_string(format))).c_str(),
          nullptr, nullptr, __FILE__, __LINE__, [format, condition]() -> OperationErrors* {
            return new ConditionMet(format, condition);
          });
    }
  }
  return true;
}

[[maybe_unused]] const bool registered = register_conditions();

}  // namespace

}  // namespace ucwa::suites
