// operationId and sessionContext at and beyond their 50-character limits, empty and missing
// (escalateAudioVideo_ref.md, PayloadFormat.md), one test per case of every limit clause,
// registered from the catalogue: ParameterLimits.OperationIdOf50CharactersAccepted/Json,
// ParameterLimits.OperationIdOf50CharactersAcceptedAndEchoed/Xml,
// ParameterLimits.SessionContextMissingRefused/Xml, ...
#include "bridge/conformance_test.hpp"
#include "contract/parameter_spec.hpp"
#include "target/identifiers.hpp"
#include "text/ascii.hpp"

namespace ucwa::suites {

namespace {

using bridge::Satisfies;
using contract::ValueShape;

// The value a case sends; empty when the parameter is left out.
std::optional<std::string> value_for(const contract::LimitCase& limit_case) {
  switch (limit_case.shape) {
    case ValueShape::hex:
      return target::fresh_hex(limit_case.length);
    case ValueShape::percent_encoded:
      return contract::repeated_to(contract::kReservedCharacters, limit_case.length);
    case ValueShape::multibyte:
      return contract::repeated_to(contract::kMultibyteCharacters, limit_case.length);
    case ValueShape::empty:
      return std::string();
    case ValueShape::missing:
      return std::nullopt;
  }
  return std::nullopt;
}

// The field of the request a parameter fills.
std::optional<std::string>& field_of(bridge::EscalationRequest& request,
                                     contract::QueryParameter parameter) {
  switch (parameter) {
    case contract::QueryParameter::operation_id:
      return request.operation_id;
    case contract::QueryParameter::session_context:
      return request.session_context;
  }
  return request.operation_id;
}

class ParameterLimit : public bridge::EscalationTest {
 public:
  ParameterLimit(const contract::LimitClause& clause, contract::LimitCase limit_case)
      : clause_(clause), case_(limit_case) {}

  void TestBody() override {
    bridge::EscalationRequest request;
    field_of(request, clause_.parameter->parameter) = value_for(case_);
    EXPECT_TRUE(Satisfies(escalate(request)));
  }

 private:
  const contract::LimitClause& clause_;
  contract::LimitCase case_;
};

std::string promise_of(const contract::LimitClause& clause, const contract::LimitCase& each) {
  std::string name = text::upper_first(clause.parameter->name);
  const std::string length =
      "Of" + std::to_string(each.length) + (each.length == 1 ? "Character" : "Characters");
  switch (each.shape) {
    case ValueShape::hex:
      name += length;
      break;
    case ValueShape::percent_encoded:
      name += "Of" + std::to_string(each.length) + "PercentEncodedCharacters";
      break;
    case ValueShape::multibyte:
      name += "Of" + std::to_string(each.length) + "MultibyteCharacters";
      break;
    case ValueShape::empty:
      name += "Empty";
      break;
    case ValueShape::missing:
      name += "Missing";
      break;
  }
  switch (clause.expectation) {
    case contract::LimitExpectation::accepted:
      return name + "Accepted";
    case contract::LimitExpectation::accepted_and_echoed:
      return name + "AcceptedAndEchoed";
    case contract::LimitExpectation::refused:
      return name + "Refused";
  }
  return name;
}

[[maybe_unused]] const bool registered = [] {
  for (const contract::LimitClause& clause : contract::limit_clauses()) {
    for (const contract::LimitCase& each : clause.cases) {
      bridge::register_conformance_tests<bridge::EscalationTest>(
          "ParameterLimits", promise_of(clause, each), clause.clause_id,
          [&clause, each] { return new ParameterLimit(clause, each); });
    }
  }
  return true;
}();

}  // namespace

}  // namespace ucwa::suites
