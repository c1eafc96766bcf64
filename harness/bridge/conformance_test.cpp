#include "bridge/conformance_test.hpp"

#include "bridge/outcome.hpp"
#include "representation/media_type.hpp"

namespace ucwa::bridge {

void ConformanceTest::SetUp() {
  const contract::Clause* clause = clause_of_current_test();
  ASSERT_NE(clause, nullptr) << "harness defect: this test was not declared with CONFORMANCE_TEST";
  RecordProperty("clause", std::string(clause->id));
  RecordProperty("level", std::string(contract::to_string(clause->level)));
  RecordProperty("source", std::string(clause->source));
  RecordProperty("format", std::string(model::to_string(format())));
  if (const auto& unreachable = session().unreachable()) {
    ASSERT_TRUE(settle(not_run(*unreachable)));
  }
  if (const auto stopped = session().stopped()) {
    ASSERT_TRUE(settle(not_run(*stopped)));
  }
}

void give_up(const target::Unavailable& unavailable) {
  EXPECT_TRUE(settle(outcome_of(unavailable, session().settings())));
}

void not_provoked(const std::string& reason) {
  EXPECT_TRUE(settle(bridge::not_provoked(reason, session().settings())));
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

check::Escalation escalate_on(const target::Conversation& conversation, model::Format format,
                              const EscalationRequest& request) {
  check::Escalation escalation;
  escalation.requested = format;
  escalation.operation_id = request.operation_id.value_or("");
  escalation.session_context = request.session_context.value_or("");
  escalation.offer = request.body;
  target::Call call{request.method,
                    conversation.escalate_audio_video,
                    {},
                    request.accept.value_or(std::string(representation::accept_for(format))),
                    request.content_type,
                    request.body,
                    request.credentials};
  if (request.operation_id) call.query.emplace_back("operationId", *request.operation_id);
  if (request.session_context) call.query.emplace_back("sessionContext", *request.session_context);
  escalation.exchange = session().ucwa().send(call);
  return escalation;
}

}  // namespace

check::Escalation EscalationTest::escalate(const EscalationRequest& request) {
  return escalate_on(conversation, format(), request);
}

check::Escalation EscalationTest::escalate_another_conversation(model::Format format) {
  auto created = session().control().create_conversation();
  if (created.unavailable) {
    give_up(*created.unavailable);
    return {};
  }
  return escalate_on(*created.value, format, {});
}

}  // namespace ucwa::bridge
