#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "bridge/clause_registry.hpp"
#include "bridge/satisfies.hpp"
#include "bridge/session.hpp"
#include "check/escalation.hpp"
#include "model/format.hpp"
#include "sdp/offer.hpp"
#include "target/control_api.hpp"
#include "target/identifiers.hpp"
#include "target/ucwa_client.hpp"

namespace ucwa::bridge {

// Every conformance test: one clause, run once per format. SetUp records the test's clause,
// level, source and format as GoogleTest properties before anything can skip or fail.
class ConformanceTest : public ::testing::TestWithParam<model::Format> {
 protected:
  void SetUp() override;
  // The format of a TEST_P instance; tests registered from the catalogue override it.
  virtual model::Format format() const { return GetParam(); }
  model::Format other_format() const {
    return format() == model::Format::json ? model::Format::xml : model::Format::json;
  }
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

// Names the /Json and /Xml instances of each test.
struct FormatName {
  std::string operator()(const ::testing::TestParamInfo<model::Format>& info) const {
    return std::string(model::to_string(info.param));
  }
};

// Settles the running test for a control API that could not do its part: a not-provoked skip
// (404, 501), or transport or harness trouble.
void give_up(const target::Unavailable& unavailable);
// Settles the running test as not provoked: the target could not be brought to the state the
// clause speaks of.
void not_provoked(const std::string& reason);

}  // namespace ucwa::bridge

// A test of Area.Promise that checks the clause with that id.
#define CONFORMANCE_TEST(Area, Promise, clause_id)                       \
  [[maybe_unused]] static const bool ucwa_clause_of_##Area##_##Promise = \
      ::ucwa::bridge::declare_clause(#Area, #Promise, clause_id);        \
  TEST_P(Area, Promise)

// Runs every test of an area once per format, named Area.Promise/Json and Area.Promise/Xml.
#define CONFORMANCE_AREA(Area)                                                            \
  INSTANTIATE_TEST_SUITE_P(                                                               \
      , Area, ::testing::Values(::ucwa::model::Format::json, ::ucwa::model::Format::xml), \
      ::ucwa::bridge::FormatName{})
