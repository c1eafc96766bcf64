#include "bridge/conformance_test.hpp"

#include "sdp/offer.hpp"
#include "target/identifiers.hpp"

namespace ucwa::bridge {

void ConformanceTest::SetUp() {
  const contract::Clause* clause = clause_of_current_test();
  ASSERT_NE(clause, nullptr) << "harness defect: this test was not declared with CONFORMANCE_TEST";
  RecordProperty("clause", std::string(clause->id));
  RecordProperty("level", std::string(contract::to_string(clause->level)));
  RecordProperty("source", std::string(clause->source));
  RecordProperty("format", std::string(model::to_string(format())));
  if (const auto& unreachable = session().unreachable()) GTEST_SKIP() << *unreachable;
}

void give_up(const target::Unavailable& unavailable) {
  switch (unavailable.why) {
    case target::Unavailable::Why::not_simulated:
      GTEST_SKIP() << unavailable.reason;
    case target::Unavailable::Why::transport:
      FAIL() << unavailable.reason;
    case target::Unavailable::Why::refused:
    case target::Unavailable::Why::malformed:
      FAIL() << "cannot set up the test: " << unavailable.reason;
  }
}

void EscalationTest::SetUp() {
  ConformanceTest::SetUp();
  if (HasFatalFailure() || IsSkipped()) return;
  auto created = session().control().create_conversation();
  if (created.unavailable) {
    give_up(*created.unavailable);
    return;
  }
  conversation = *created.value;
}

namespace {

check::Escalation escalate_on(const target::Conversation& conversation, model::Format format) {
  check::Escalation escalation;
  escalation.requested = format;
  escalation.operation_id = target::fresh_identifier();
  escalation.session_context = target::fresh_identifier();
  escalation.offer = sdp::build_offer();
  escalation.exchange = session().ucwa().post_offer(
      conversation.escalate_audio_video,
      {{"operationId", escalation.operation_id}, {"sessionContext", escalation.session_context}},
      escalation.offer, format);
  return escalation;
}

}  // namespace

check::Escalation EscalationTest::escalate() {
  return escalate_on(conversation, format());
}

check::Escalation EscalationTest::escalate_another_conversation(model::Format format) {
  auto created = session().control().create_conversation();
  if (created.unavailable) {
    give_up(*created.unavailable);
    return {};
  }
  return escalate_on(*created.value, format);
}

}  // namespace ucwa::bridge
