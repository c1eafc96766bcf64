// operationId and sessionContext at and beyond their 50-character limits, empty and missing
// (escalateAudioVideo_ref.md, PayloadFormat.md), one test per case of every limit clause,
// registered from the catalogue: ParameterLimits.OperationIdOf50CharactersAccepted/Json,
// ParameterLimits.OperationIdOf50CharactersAcceptedAndEchoed/Xml,
// ParameterLimits.SessionContextMissingRefused/Xml, ...
#include "bridge/conformance_test.hpp"
#include "contract/parameter_spec.hpp"
#include "target/identifiers.hpp"

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

class ParameterLimit : public bridge::EscalationTest {
 public:
  ParameterLimit(model::Format format, const contract::LimitClause& clause,
                 contract::LimitCase limit_case)
      : format_(format), clause_(clause), case_(limit_case) {}

  void TestBody() override {
    bridge::EscalationRequest request;
    auto value = value_for(case_);
    if (clause_.parameter->name == "operationId")
      request.operation_id = value;
    else
      request.session_context = value;
    EXPECT_TRUE(Satisfies(escalate(request)));
  }

 protected:
  model::Format format() const override { return format_; }

 private:
  model::Format format_;
  const contract::LimitClause& clause_;
  contract::LimitCase case_;
};

std::string promise_of(const contract::LimitClause& clause, const contract::LimitCase& each) {
  std::string name(clause.parameter->name);
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
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

bool register_limits() {
  for (const contract::LimitClause& clause : contract::limit_clauses()) {
    for (const contract::LimitCase& each : clause.cases) {
      const std::string promise = promise_of(clause, each);
      bridge::declare_clause("ParameterLimits", promise, clause.clause_id);
      for (model::Format format : {model::Format::json, model::Format::xml}) {
        ::testing::RegisterTest("ParameterLimits",
                                (promise + "/" + std::string(model::to_string(format))).c_str(),
                                nullptr, nullptr, __FILE__, __LINE__,
                                [format, &clause, each]() -> bridge::EscalationTest* {
                                  return new ParameterLimit(format, clause, each);
                                });
      }
    }
  }
  return true;
}

[[maybe_unused]] const bool registered = register_limits();

}  // namespace

}  // namespace ucwa::suites
