// The error evaluator: every error clause, every limit clause and the request-side clauses,
// each with JSON and XML answers that satisfy it and answers that break it. A failure names
// the triple it expected and the one it got.
#include <gtest/gtest.h>

#include <set>

#include "check/evaluate.hpp"
#include "contract/catalogue.hpp"
#include "contract/error_spec.hpp"
#include "contract/parameter_spec.hpp"
#include "invitation_samples.hpp"

namespace {

using namespace ucwa;
using model::Format;

constexpr const char* kNamespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

std::string json_error(const std::string& code, const std::string& subcode) {
  std::string body = "{\"code\":\"" + code + "\"";
  if (!subcode.empty()) body += ",\"subcode\":\"" + subcode + "\"";
  return body + ",\"message\":\"It went wrong.\"}";
}

std::string xml_error(const std::string& code, const std::string& subcode,
                      const std::string& root = "reason") {
  std::string body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><" + root + " xmlns=\"" +
                     kNamespace + "\"><code>" + code + "</code>";
  if (!subcode.empty()) body += "<subcode>" + subcode + "</subcode>";
  return body + "<message>It went wrong.</message></" + root + ">";
}

check::Escalation error_answer(Format f, int status, const std::string& code,
                               const std::string& subcode) {
  return samples::answered(
      f, status, samples::content_type(f),
      f == Format::json ? json_error(code, subcode) : xml_error(code, subcode));
}

// The answer an error clause expects, with the documented subcode (or none, or any one).
check::Escalation expected_answer(Format f, const contract::ExpectedError& expected) {
  const std::string subcode =
      expected.subcode_rule == contract::SubcodeRule::named ? std::string(expected.subcode) : "";
  return error_answer(f, expected.status, std::string(expected.code), subcode);
}

std::vector<contract::ErrorClause> every_error_clause() {
  std::vector<contract::ErrorClause> all;
  for (const auto& row : contract::operation_errors()) all.push_back(row);
  for (const auto& row : contract::generic_errors()) all.push_back(row);
  return all;
}

check::Verdict judged(std::string_view id, const check::Escalation& escalation) {
  return check::evaluate(id, escalation);
}

std::string all_findings(const check::Verdict& verdict) {
  std::string text;
  for (const auto& finding : verdict.findings) text += finding.describe() + "\n";
  return text;
}

class ErrorClause : public ::testing::TestWithParam<Format> {};

TEST_P(ErrorClause, TheExpectedErrorSatisfiesEveryRow) {
  for (const auto& row : every_error_clause()) {
    auto verdict = judged(row.clause_id, expected_answer(GetParam(), row.expected));
    EXPECT_EQ(verdict.outcome, check::Outcome::satisfied) << row.clause_id << "\n"
                                                          << all_findings(verdict);
  }
}

TEST_P(ErrorClause, AnotherStatusViolatesEveryRowNamingBothTriples) {
  for (const auto& row : every_error_clause()) {
    auto answer = expected_answer(GetParam(), row.expected);
    answer.exchange.response->status = row.expected.status == 500 ? 503 : 500;
    auto verdict = judged(row.clause_id, answer);
    ASSERT_EQ(verdict.outcome, check::Outcome::violated) << row.clause_id;
    EXPECT_EQ(verdict.findings.at(0).path, "status");
    EXPECT_NE(verdict.findings.at(0).message.find("expected " + contract::describe(row.expected)),
              std::string::npos)
        << verdict.findings.at(0).message;
    EXPECT_NE(verdict.findings.at(0).message.find(", got (" +
                                                  std::to_string(answer.exchange.response->status)),
              std::string::npos)
        << verdict.findings.at(0).message;
  }
}

TEST_P(ErrorClause, AWrongCodeForTheStatusViolatesEveryRow) {
  for (const auto& row : every_error_clause()) {
    auto verdict =
        judged(row.clause_id, error_answer(GetParam(), row.expected.status, "Informational",
                                           std::string(row.expected.subcode)));
    ASSERT_EQ(verdict.outcome, check::Outcome::violated) << row.clause_id;
    EXPECT_EQ(verdict.findings.at(0).path, "code");
    EXPECT_TRUE(verdict.has_must_finding() || row.level == contract::Level::should);
  }
}

TEST_P(ErrorClause, AWrongSubcodeViolatesRowsThatNameOne) {
  for (const auto& row : every_error_clause()) {
    if (row.expected.subcode_rule == contract::SubcodeRule::any) continue;
    auto verdict = judged(row.clause_id, error_answer(GetParam(), row.expected.status,
                                                      std::string(row.expected.code), "Busy"));
    ASSERT_EQ(verdict.outcome, check::Outcome::violated) << row.clause_id;
    EXPECT_EQ(verdict.findings.at(0).path, "subcode");
    EXPECT_NE(verdict.findings.at(0).message.find(", Busy)"), std::string::npos)
        << verdict.findings.at(0).message;
  }
}

TEST_P(ErrorClause, AnyUndocumentedSubcodeSatisfiesRowsThatNameNone) {
  for (const auto& row : every_error_clause()) {
    if (row.expected.subcode_rule != contract::SubcodeRule::any) continue;
    auto verdict = judged(row.clause_id, error_answer(GetParam(), row.expected.status,
                                                      std::string(row.expected.code), "Busy"));
    EXPECT_EQ(verdict.outcome, check::Outcome::satisfied) << row.clause_id;
  }
}

TEST_P(ErrorClause, SubcodeNoneIsTheLiteralOrNothing) {
  EXPECT_EQ(judged("ESC-ERR-4", error_answer(GetParam(), 409, "Conflict", "None")).outcome,
            check::Outcome::satisfied);
  EXPECT_EQ(judged("ESC-ERR-4", error_answer(GetParam(), 409, "Conflict", "")).outcome,
            check::Outcome::satisfied);
  auto verdict = judged("ESC-ERR-4", error_answer(GetParam(), 409, "Conflict", "AlreadyExists"));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_NE(verdict.findings.at(0).message.find(
                "expected (409, Conflict, None or no subcode), got (409, Conflict, AlreadyExists)"),
            std::string::npos)
      << verdict.findings.at(0).message;
}

TEST_P(ErrorClause, AMissingNamedSubcodeViolates) {
  auto verdict = judged("ESC-ERR-3", error_answer(GetParam(), 409, "Conflict", ""));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_NE(verdict.findings.at(0).message.find("got (409, Conflict, no subcode)"),
            std::string::npos);
}

TEST_P(ErrorClause, ATextPlainErrorViolates) {
  auto answer = expected_answer(GetParam(), contract::operation_errors()[1].expected);
  answer.exchange.response->headers = {{"Content-Type", "text/plain"}};
  answer.exchange.response->body = "Conflict: AlreadyExists";
  auto verdict = judged("ESC-ERR-2", answer);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "header Content-Type");
  EXPECT_NE(verdict.findings.at(0).message.find("got (409, text/plain body)"), std::string::npos)
      << verdict.findings.at(0).message;
}

TEST_P(ErrorClause, AnErrorWithoutCodeViolates) {
  auto answer = samples::answered(GetParam(), 409, samples::content_type(GetParam()),
                                  GetParam() == Format::json
                                      ? R"({"subcode":"AlreadyExists","message":"m"})"
                                      : std::string("<reason xmlns=\"") + kNamespace +
                                            "\"><subcode>AlreadyExists</subcode></reason>");
  auto verdict = judged("ESC-ERR-2", answer);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "code");
  EXPECT_NE(verdict.findings.at(0).message.find("got (409, no code, AlreadyExists)"),
            std::string::npos)
      << verdict.findings.at(0).message;
}

TEST_P(ErrorClause, AnErrorInTheOtherFormatIsAShouldFinding) {
  const Format other = GetParam() == Format::json ? Format::xml : Format::json;
  auto answer = error_answer(other, 409, "Conflict", "AlreadyExists");
  answer.requested = GetParam();
  auto verdict = judged("ESC-ERR-2", answer);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "header Content-Type");
  EXPECT_FALSE(verdict.has_must_finding());
}

INSTANTIATE_TEST_SUITE_P(, ErrorClause, ::testing::Values(Format::json, Format::xml),
                         [](const auto& param) {
                           return std::string(model::to_string(param.param));
                         });

TEST(ErrorBody, AnXmlErrorWithAnotherRootViolates) {
  auto answer = samples::answered(Format::xml, 409, "application/xml",
                                  xml_error("Conflict", "AlreadyExists", "error"));
  auto verdict = judged("ESC-ERR-2", answer);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "body");
  EXPECT_NE(verdict.findings.at(0).message.find("<reason>"), std::string::npos);
}

TEST(ErrorBody, AnXmlErrorOutsideTheUcwaNamespaceViolates) {
  auto answer =
      samples::answered(Format::xml, 409, "application/xml",
                        "<reason><code>Conflict</code><subcode>AlreadyExists</subcode></reason>");
  EXPECT_EQ(judged("ESC-ERR-2", answer).outcome, check::Outcome::violated);
}

TEST(ErrorBody, AJsonErrorThatIsNoObjectViolates) {
  auto answer = samples::answered(Format::json, 409, "application/json", R"(["Conflict"])");
  auto verdict = judged("ESC-ERR-2", answer);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "body");
}

TEST(ErrorBody, VendorTypesAndExtraMembersAreFine) {
  auto answer = samples::answered(
      Format::json, 409, "application/vnd.microsoft.com.ucwa+json; charset=utf-8",
      R"({"code":"Conflict","subcode":"AlreadyExists","debugInfo":{"diagnosticsCode":"2"},"future":1})");
  EXPECT_EQ(judged("ESC-ERR-2", answer).outcome, check::Outcome::satisfied);
}

TEST(Challenge, A401WithWwwAuthenticateSatisfies) {
  for (const char* id : {"AUTH-1", "AUTH-2"}) {
    auto answer = samples::answered(Format::json, 401, "text/html", "<html></html>");
    answer.exchange.response->headers.push_back({"WWW-Authenticate", "Bearer realm=\"x\""});
    EXPECT_EQ(judged(id, answer).outcome, check::Outcome::satisfied) << id;
  }
}

TEST(Challenge, A401WithoutChallengeOrAnotherStatusViolates) {
  auto bare = samples::answered(Format::xml, 401, "text/html", "<html></html>");
  auto verdict = judged("AUTH-1", bare);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "header WWW-Authenticate");
  auto accepted = samples::conformant(Format::json);
  verdict = judged("AUTH-2", accepted);
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_EQ(verdict.findings.at(0).path, "status");
  EXPECT_NE(verdict.findings.at(0).message.find("got (201"), std::string::npos);
}

TEST(Scopes, EitherScopeSufficesMeansA201) {
  EXPECT_EQ(judged("AUTH-4", samples::conformant(Format::json)).outcome, check::Outcome::satisfied);
  auto verdict = judged("AUTH-5", error_answer(Format::xml, 403, "Forbidden", ""));
  ASSERT_EQ(verdict.outcome, check::Outcome::violated);
  EXPECT_NE(verdict.findings.at(0).message.find("got (403, Forbidden, no subcode)"),
            std::string::npos);
}

check::Escalation method_refused(const char* allow) {
  auto answer = error_answer(Format::json, 405, "MethodNotAllowed", "");
  if (allow) answer.exchange.response->headers.push_back({"Allow", allow});
  return answer;
}

TEST(Allow, A405NamingPostSatisfies) {
  EXPECT_EQ(judged("GEN-ERR-3", method_refused("POST")).outcome, check::Outcome::satisfied);
  EXPECT_EQ(judged("GEN-ERR-3", method_refused("OPTIONS,  POST ")).outcome,
            check::Outcome::satisfied);
}

TEST(Allow, A405WithoutPostIsAShouldFinding) {
  // Method names are case-sensitive: "post" is not POST.
  for (const char* allow : {static_cast<const char*>(nullptr), "GET, POSTAL", "post"}) {
    auto verdict = judged("GEN-ERR-3", method_refused(allow));
    ASSERT_EQ(verdict.outcome, check::Outcome::violated);
    EXPECT_EQ(verdict.findings.at(0).path, "header Allow");
    EXPECT_FALSE(verdict.has_must_finding());
  }
}

TEST(Allow, AnotherStatusLeavesNothingToCheck) {
  EXPECT_EQ(judged("GEN-ERR-3", samples::conformant(Format::json)).outcome,
            check::Outcome::not_applicable);
}

check::Escalation asking(const std::string& accept, check::Escalation answer) {
  answer.exchange.request.headers = {{"Accept", accept}};
  return answer;
}

TEST(Accept, A406OrAnAcceptedTypeSatisfies) {
  EXPECT_EQ(
      judged("GEN-ERR-5", asking("text/html", error_answer(Format::json, 406, "NotAcceptable", "")))
          .outcome,
      check::Outcome::satisfied);
  EXPECT_EQ(judged("GEN-ERR-5",
                   asking("text/html, application/*;q=0.1", samples::conformant(Format::json)))
                .outcome,
            check::Outcome::satisfied);
}

TEST(Accept, ARepresentationAcceptExcludesIsAShouldFinding) {
  for (const char* accept : {"text/html", "image/png", "application/json;q=0, text/html"}) {
    auto verdict = judged("GEN-ERR-5", asking(accept, samples::conformant(Format::json)));
    ASSERT_EQ(verdict.outcome, check::Outcome::violated) << accept;
    EXPECT_FALSE(verdict.has_must_finding());
    EXPECT_NE(verdict.findings.at(0).message.find(accept), std::string::npos);
  }
}

const contract::LimitClause& limit(std::string_view id) {
  for (const auto& clause : contract::limit_clauses()) {
    if (clause.clause_id == id) return clause;
  }
  throw std::logic_error("no limit clause " + std::string(id));
}

TEST(Limits, EveryParameterHasTheSameEightClauses) {
  for (const auto& parameter : contract::escalation_parameters()) {
    for (int n = 1; n <= 8; ++n) {
      const auto& clause = limit(std::string(parameter.id_prefix) + "-" + std::to_string(n));
      EXPECT_EQ(clause.parameter, &parameter);
      EXPECT_NE(clause.promise.find(parameter.name), std::string::npos);
    }
  }
  EXPECT_EQ(contract::limit_clauses().size(), 8 * contract::escalation_parameters().size());
}

TEST(Limits, TheCasesSitAtTheDocumentedLimit) {
  const auto& accepted = limit("ESC-OPID-1").cases;
  ASSERT_EQ(accepted.size(), 3u);
  EXPECT_EQ(accepted[0].length, 1u);
  EXPECT_EQ(accepted[1].length, 49u);
  EXPECT_EQ(accepted[2].length, 50u);
  const auto& refused = limit("ESC-SCTX-2").cases;
  ASSERT_EQ(refused.size(), 2u);
  EXPECT_EQ(refused[0].length, 51u);
  EXPECT_EQ(refused[1].length, 200u);
}

TEST(Limits, AcceptedMeans201AndARefusalIsNamed) {
  for (Format f : {Format::json, Format::xml}) {
    EXPECT_EQ(judged("ESC-OPID-1", samples::conformant(f)).outcome, check::Outcome::satisfied);
    auto verdict =
        judged("ESC-OPID-1", error_answer(f, 400, "BadRequest", "ParameterValidationFailure"));
    ASSERT_EQ(verdict.outcome, check::Outcome::violated);
    EXPECT_NE(
        verdict.findings.at(0).message.find("got (400, BadRequest, ParameterValidationFailure)"),
        std::string::npos)
        << verdict.findings.at(0).message;
  }
}

TEST(Limits, ARefusalIs400BadRequestAndItsSubcodeIsShould) {
  for (Format f : {Format::json, Format::xml}) {
    EXPECT_EQ(judged("ESC-SCTX-2", error_answer(f, 400, "BadRequest", "ParameterValidationFailure"))
                  .outcome,
              check::Outcome::satisfied);
    auto accepted = judged("ESC-SCTX-3", samples::conformant(f));
    ASSERT_EQ(accepted.outcome, check::Outcome::violated);
    EXPECT_TRUE(accepted.has_must_finding());
    EXPECT_NE(accepted.findings.at(0).message.find(
                  "expected (400, BadRequest, ParameterValidationFailure), got (201"),
              std::string::npos);
    auto other_subcode = judged("ESC-OPID-2", error_answer(f, 400, "BadRequest", "Busy"));
    ASSERT_EQ(other_subcode.outcome, check::Outcome::violated);
    EXPECT_FALSE(other_subcode.has_must_finding());
  }
}

TEST(Limits, AMissingParametersSubcodeIsMust) {
  for (Format f : {Format::json, Format::xml}) {
    EXPECT_EQ(judged("ESC-OPID-3", error_answer(f, 400, "BadRequest", "ParameterValidationFailure"))
                  .outcome,
              check::Outcome::satisfied);
    auto other_subcode = judged("ESC-SCTX-3", error_answer(f, 400, "BadRequest", "Busy"));
    ASSERT_EQ(other_subcode.outcome, check::Outcome::violated);
    EXPECT_TRUE(other_subcode.has_must_finding());
  }
}

TEST(Limits, FixedValuesRepeatTheirUnitToTheLength) {
  EXPECT_EQ(contract::repeated_to("ab", 5), "ababa");
  const std::string reserved = contract::repeated_to(contract::kReservedCharacters, 50);
  EXPECT_EQ(reserved.size(), 50u);
  EXPECT_EQ(reserved.substr(0, 19), contract::kReservedCharacters);
  const std::string multibyte = contract::repeated_to(contract::kMultibyteCharacters, 13);
  EXPECT_EQ(multibyte, std::string(contract::kMultibyteCharacters) + "\xC3\xA9");
}

TEST(Limits, EchoAtTheLimitIsMustForOperationIdAlone) {
  EXPECT_EQ(limit("ESC-OPID-8").level, contract::Level::must);
  EXPECT_EQ(limit("ESC-SCTX-8").level, contract::Level::should);
  EXPECT_EQ(limit("ESC-OPID-8").cases.at(0).length, 50u);
}

TEST(Limits, EchoedClausesCompareTheValueSent) {
  for (Format f : {Format::json, Format::xml}) {
    auto answer = samples::conformant(f);
    EXPECT_EQ(judged("ESC-OPID-5", answer).outcome, check::Outcome::satisfied);
    answer.operation_id = "a value that was never echoed";
    auto verdict = judged("ESC-OPID-5", answer);
    ASSERT_EQ(verdict.outcome, check::Outcome::violated);
    EXPECT_EQ(verdict.findings.at(0).path, "operationId");
    answer.session_context = "another";
    EXPECT_EQ(judged("ESC-SCTX-6", answer).outcome, check::Outcome::violated);
  }
}

TEST(Scopes, ATokenWithoutTheScopesMustBeRefused) {
  for (Format f : {Format::json, Format::xml}) {
    for (const char* id : {"AUTH-6", "AUTH-7"}) {
      EXPECT_EQ(judged(id, error_answer(f, 403, "Forbidden", "")).outcome,
                check::Outcome::satisfied);
      auto escalated = judged(id, samples::conformant(f));
      ASSERT_EQ(escalated.outcome, check::Outcome::violated) << id;
      EXPECT_TRUE(escalated.has_must_finding());
      EXPECT_EQ(judged(id, error_answer(f, 500, "ServiceFailure", "")).outcome,
                check::Outcome::violated);
    }
  }
}

TEST(ProvokedAnswers, EveryRequestSideClauseIsJudgedHere) {
  std::set<std::string_view> provoked;
  for (const contract::Clause& clause : contract::catalogue()) {
    if (check::judged_on_provoked_answers(clause.id)) provoked.insert(clause.id);
  }
  std::set<std::string_view> expected{"AUTH-1", "AUTH-2",    "AUTH-4",    "AUTH-5",     "AUTH-6",
                                      "AUTH-7", "GEN-ERR-3", "GEN-ERR-5", "REP-CTYPE-3"};
  for (const auto& row : every_error_clause()) expected.insert(row.clause_id);
  for (const auto& clause : contract::limit_clauses()) expected.insert(clause.clause_id);
  EXPECT_EQ(provoked, expected);
}

}  // namespace
