#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "bridge/clause_registry.hpp"
#include "bridge/satisfies.hpp"
#include "bridge/session.hpp"
#include "check/escalation.hpp"
#include "contract/clause_ids.hpp"
#include "model/format.hpp"
#include "sdp/offer.hpp"
#include "target/control_api.hpp"
#include "target/identifiers.hpp"
#include "target/ucwa_client.hpp"

namespace ucwa::bridge {

// Every conformance test: one clause, run once per format. SetUp records the test's clause,
// level, source and format as GoogleTest properties before anything can skip or fail.
class ConformanceTest : public ::testing::Test {
 public:
  model::Format format() const { return format_; }
  model::Format other_format() const {
    return format_ == model::Format::json ? model::Format::xml : model::Format::json;
  }

 protected:
  void SetUp() override;

 private:
  template <typename Area, typename Make>
  friend void register_conformance_tests(const char*, const std::string&, std::string_view, Make);
  model::Format format_ = model::Format::json;
};

// The ordinary escalation request, and what a test changes in it to provoke an answer.
struct EscalationRequest {
  std::string method = "POST";
  std::optional<std::string> operation_id = target::fresh_identifier();  // nullopt: left out
  std::optional<std::string> session_context = target::fresh_identifier();
  std::optional<std::string> content_type = "application/sdp";
  std::string body = sdp::build_offer();
  std::optional<std::string> accept;  // default: the media type of the test's format
  target::Credentials credentials;
};

// A test that needs a fresh conversation in which escalation is possible.
class EscalationTest : public ConformanceTest {
 protected:
  void SetUp() override;

  // POSTs a fresh audio+video offer with fresh operationId and sessionContext, or the request
  // a test asks for.
  check::Escalation escalate(const EscalationRequest& request = {});
  // The same on another fresh conversation, asking for `format`.
  check::Escalation escalate_another_conversation(model::Format format);

  target::Conversation conversation;
};

// The one way a conformance test is registered: ties Area.Promise to its clause and registers
// Area.Promise/Json and Area.Promise/Xml, each a fixture `make()` builds (a class derived from
// Area, the fixture every test of the area shares) that then holds its format. Data-driven
// suites call it in a loop over their table; CONFORMANCE_TEST calls it once.
template <typename Area, typename Make>
void register_conformance_tests(const char* area, const std::string& promise,
                                std::string_view clause_id, Make make) {
  declare_clause(area, promise, clause_id);
  for (model::Format format : {model::Format::json, model::Format::xml}) {
    ::testing::RegisterTest(area, (promise + "/" + std::string(model::to_string(format))).c_str(),
                            nullptr, nullptr, __FILE__, __LINE__, [make, format]() -> Area* {
                              Area* test = make();
                              test->format_ = format;
                              return test;
                            });
  }
}

// Settles the running test for a control API that could not do its part: a not-provoked skip
// (404, 501), or transport or harness trouble.
void give_up(const target::Unavailable& unavailable);
// Settles the running test as not provoked: the target could not be brought to the state the
// clause speaks of.
void not_provoked(const std::string& reason);

}  // namespace ucwa::bridge

// A test of Area.Promise, run once per format, that checks the clause named by `clause`, an id
// of contract/clause_ids.hpp (CONFORMANCE_TEST(Created, EchoesOperationId, AVI_ECHO_1)): a
// misspelt id does not compile.
#define CONFORMANCE_TEST(Area, Promise, clause)                                \
  class Area##_##Promise##_Test : public Area {                                \
   public:                                                                     \
    void TestBody() override;                                                  \
  };                                                                           \
  [[maybe_unused]] static const bool ucwa_registered_##Area##_##Promise = [] { \
    ::ucwa::bridge::register_conformance_tests<Area>(                          \
        #Area, #Promise, ::ucwa::contract::id::clause,                         \
        []() -> Area* { return new Area##_##Promise##_Test; });                \
    return true;                                                               \
  }();                                                                         \
  void Area##_##Promise##_Test::TestBody()
