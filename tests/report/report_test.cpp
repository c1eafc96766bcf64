// The report module on its own: redaction, curl commands, waivers, diff, and the summary that
// merge and diff read back.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/coverage.hpp"
#include "report/diff.hpp"
#include "report/evidence.hpp"
#include "report/html_report.hpp"
#include "report/junit_writer.hpp"
#include "report/merge.hpp"
#include "report/summary.hpp"
#include "report/waivers.hpp"

namespace {

using namespace ucwa;
using report::Status;

http::Exchange posted(const std::string& token) {
  http::Exchange exchange;
  exchange.request = {"POST",
                      "http://127.0.0.1:1/x?operationId=it's",
                      {{"Authorization", "Bearer " + token}, {"Content-Type", "application/sdp"}},
                      "v=0\r\nm=audio 1 RTP/AVP 0\r\n"};
  exchange.response = http::Response{409, {{"Content-Type", "application/json"}}, "{}"};
  return exchange;
}

TEST(Redactor, TheRunsTokenBecomesAVariableAndMintedOnesAreHidden) {
  const report::Redactor redact("run-token-123456", {"run-token-123456", "minted-token-abcdef"});
  EXPECT_EQ(redact("a run-token-123456 b minted-token-abcdef"),
            "a $UCWA_TOKEN b <redacted minted token>");
  EXPECT_EQ(redact.header("Authorization", "Bearer minted-token-abcdef"),
            "Authorization: Bearer <redacted minted token>");
}

// A server may echo anything, a header named like the token included.
TEST(Redactor, ATokenInAHeaderNameIsRedactedToo) {
  const report::Redactor redact("run-token-123456", {});
  EXPECT_EQ(redact.header("X-run-token-123456", "v"), "X-$UCWA_TOKEN: v");
  http::Exchange exchange = posted("run-token-123456");
  exchange.response->headers.push_back({"run-token-123456", "echo"});
  const std::string har = report::har_document({exchange}, redact, "2026-01-01T00:00:00Z");
  EXPECT_EQ(har.find("run-token-123456"), std::string::npos) << har;
  EXPECT_EQ(report::evidence_text({exchange}, redact).find("run-token-123456"), std::string::npos);
}

TEST(Redactor, AShortTokenIsRedactedInHeadersButNotInText) {
  const report::Redactor redact("t", {"t"});
  EXPECT_EQ(redact.header("authorization", "Bearer t"), "authorization: Bearer $UCWA_TOKEN");
  EXPECT_EQ(redact("the text"), "the text");
}

TEST(Evidence, TheCurlCommandQuotesForBashAndCarriesTheTokenVariable) {
  const report::Redactor redact("secret-token-value", {"secret-token-value"});
  const std::string command = report::curl_command(posted("secret-token-value").request, redact);
  EXPECT_NE(command.find("'http://127.0.0.1:1/x?operationId=it'\\''s'"), std::string::npos)
      << command;
  EXPECT_NE(command.find("-H \"Authorization: Bearer $UCWA_TOKEN\""), std::string::npos);
  EXPECT_NE(command.find("--data-binary $'v=0\\r\\nm=audio 1 RTP/AVP 0\\r\\n'"), std::string::npos)
      << command;
  EXPECT_EQ(command.find("secret-token-value"), std::string::npos);
}

TEST(Evidence, TheTextAndTheHarHoldNoToken) {
  const report::Redactor redact("secret-token-value", {"secret-token-value"});
  const auto text = report::evidence_text({posted("secret-token-value")}, redact);
  const auto har =
      report::har_document({posted("secret-token-value")}, redact, "2026-01-01T00:00:00Z");
  EXPECT_EQ(text.find("secret-token-value"), std::string::npos);
  EXPECT_EQ(har.find("secret-token-value"), std::string::npos);
  EXPECT_NE(text.find("--- answer: 409"), std::string::npos);
  EXPECT_NE(har.find("\"version\":\"1.2\""), std::string::npos);
}

report::TestRecord test(const std::string& promise, Status status, const std::string& clause) {
  report::TestRecord record;
  record.area = "Area";
  record.promise = promise;
  record.format = "Json";
  record.clause = clause;
  record.status = status;
  return record;
}

TEST(Waivers, AWaiverInForceWaivesAndAnExpiredOneGates) {
  report::RunRecord run;
  run.tests = {test("A", Status::fail, "X-1"), test("B", Status::fail, "X-2")};
  report::apply_waivers(
      run,
      {{"", "X-1", "known", "T-1", "2030-01-01"}, {"Area.B/Json", "", "old", "T-2", "2020-01-01"}},
      "2026-11-23");
  EXPECT_EQ(run.tests[0].status, Status::waived);
  EXPECT_EQ(run.tests[1].status, Status::fail);
  EXPECT_NE(run.tests[1].message.find("waiver T-2 expired on 2020-01-01"), std::string::npos);
  ASSERT_EQ(run.expired_waivers.size(), 1u);
  EXPECT_TRUE(run.stale_waivers.empty());
}

TEST(Waivers, AWaiverWhoseTestsPassIsStale) {
  report::RunRecord run;
  run.tests = {test("A", Status::pass, "X-1"), test("B", Status::skip, "X-2")};
  report::apply_waivers(
      run, {{"", "X-1", "r", "T-1", "2030-01-01"}, {"", "X-2", "r", "T-2", "2030-01-01"}},
      "2026-11-23");
  ASSERT_EQ(run.stale_waivers.size(), 1u) << "a skipped test proves nothing either way";
  EXPECT_EQ(run.stale_waivers[0].ticket, "T-1");
}

TEST(Waivers, AFileNamesItsFaultyEntry) {
  std::string problem;
  EXPECT_FALSE(report::read_waivers(R"({"waivers":[{"clause":"X","test":"Y","reason":"r",
      "ticket":"t","expires":"2030-01-01"}]})",
                                    problem));
  EXPECT_NE(problem.find("waiver 1"), std::string::npos);
  EXPECT_FALSE(report::read_waivers(R"({"waivers":[{"clause":"X","reason":"r","ticket":"t",
      "expires":"2030-02-30"}]})",
                                    problem));
  EXPECT_NE(problem.find("expires"), std::string::npos);
  EXPECT_FALSE(report::read_waivers("[]", problem));
  auto fine = report::read_waivers(
      R"({"waivers":[{"clause":"X","reason":"r","ticket":"t","expires":"2030-02-28"}]})", problem);
  ASSERT_TRUE(fine);
  EXPECT_EQ(fine->size(), 1u);
}

TEST(Diff, NamesNewFailuresErrorsWarningsFixesDisappearancesAndNewSkips) {
  report::RunRecord before, after;
  before.tests = {test("A", Status::pass, "X"), test("B", Status::fail, "X"),
                  test("C", Status::pass, "X"), test("D", Status::pass, "X"),
                  test("F", Status::pass, "X"), test("G", Status::warn, "X")};
  after.tests = {test("A", Status::fail, "X"), test("B", Status::pass, "X"),
                 test("D", Status::skip, "X"), test("E", Status::error, "X"),
                 test("F", Status::warn, "X"), test("G", Status::warn, "X")};
  const auto changes = report::diff_runs(before, after);
  EXPECT_EQ(changes.new_failures, (std::vector<std::string>{"Area.A/Json"}));
  EXPECT_EQ(changes.new_errors, (std::vector<std::string>{"Area.E/Json"}));
  EXPECT_EQ(changes.new_warnings, (std::vector<std::string>{"Area.F/Json"}));
  EXPECT_EQ(changes.fixed, (std::vector<std::string>{"Area.B/Json"}));
  EXPECT_EQ(changes.disappeared, (std::vector<std::string>{"Area.C/Json"}));
  EXPECT_EQ(changes.now_skipped, (std::vector<std::string>{"Area.D/Json"}));
  EXPECT_TRUE(changes.regressed(false));
  EXPECT_FALSE(report::diff_runs(before, before).regressed(true));
}

TEST(Diff, NewWarningsRegressOnlyUnderStrict) {
  report::RunRecord before, after;
  before.tests = {test("A", Status::pass, "X")};
  after.tests = {test("A", Status::warn, "X")};
  const auto changes = report::diff_runs(before, after);
  EXPECT_FALSE(changes.regressed(false));
  EXPECT_TRUE(changes.regressed(true));
  EXPECT_NE(report::describe(changes, true).find("new warnings (gate under --strict) (1)"),
            std::string::npos);
}

TEST(Totals, AddUpToTheTestsRunAndSplitSkipsByKind) {
  report::RunRecord run;
  run.tests = {test("A", Status::pass, "X"),   test("B", Status::warn, "X"),
               test("C", Status::fail, "X"),   test("D", Status::error, "X"),
               test("E", Status::skip, "X"),   test("F", Status::skip, "X"),
               test("G", Status::waived, "X"), test("H", Status::fail, "X")};
  run.tests[4].kind = "absent";
  run.tests[5].kind = "not-provoked";
  run.tests[7].kind = "not-provoked";
  const report::Totals totals = report::totals_of(run);
  EXPECT_EQ(totals.line_passed() + totals.line_failed() + totals.skipped, totals.tests);
  EXPECT_EQ(report::plain_line(totals), "3 passed, 3 failed, 2 skipped");
  EXPECT_EQ(totals.warned, 1);
  EXPECT_EQ(totals.absent, 1);
  EXPECT_EQ(totals.not_provoked, 1);
  EXPECT_EQ(totals.failed_not_provoked, 1);
}

TEST(Summary, ReadsBackWhatItWrote) {
  report::RunRecord run;
  run.harness_version = "1.0";
  run.target = "http://t";
  run.options = {{"strict", "false"}};
  run.tests = {test("A", Status::warn, "X-1")};
  run.tests[0].evidence = "</script> evidence";
  std::string problem;
  auto read = report::read_summary(report::summary_json(run), problem);
  ASSERT_TRUE(read) << problem;
  EXPECT_EQ(report::summary_json(*read), report::summary_json(run));
  EXPECT_FALSE(read->exit_status);
  EXPECT_FALSE(report::read_summary("{}", problem));

  run.exit_status = 4;
  run.tests[0].sentence = "The invitation's subject is a string.";
  read = report::read_summary(report::summary_json(run), problem);
  ASSERT_TRUE(read) << problem;
  EXPECT_EQ(read->exit_status, 4);
  EXPECT_EQ(read->tests[0].sentence, run.tests[0].sentence);
}

TEST(HtmlReport, ASourceLinksToItsPublicPage) {
  const std::string ucwa =
      "https://github.com/OfficeDev/skype-docs-migration/blob/master/SkypeSDK-ops-redirect/UCWA/";
  EXPECT_EQ(report::source_url("UCWA/PayloadFormat.md"), ucwa + "PayloadFormat.md");
  EXPECT_EQ(report::source_url("UCWA/escalateAudioVideo_ref.md (SDP for both modalities)"),
            ucwa + "escalateAudioVideo_ref.md");
  EXPECT_EQ(report::source_url("RFC 9110 section 12.5.1 (Accept)"),
            "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1");
  EXPECT_EQ(report::source_url("RFC 2397"), "https://www.rfc-editor.org/rfc/rfc2397");
  // Nothing else is a page: no link rather than a wrong one, and nothing a summary.json holds
  // becomes part of a URL unchecked.
  for (const char* other : {"", "UCWA/", "UCWA/a/../b.md", "UCWA/x\"onclick=.md", "RFC x",
                            "RFC 9110 chapter 3", "RFC 9110 section 1#x", "docs/levels.md"})
    EXPECT_EQ(report::source_url(other), "") << other;
}

TEST(HtmlReport, FailuresOfOneWrongStatusShareOneCause) {
  const std::string json =
      "violates ESC-OPID-1 (MUST, UCWA/escalateAudioVideo_ref.md): A request whose operationId "
      "has 1 to 50 characters is accepted (201 Created).\n"
      "  [MUST] status: expected 201 Created for operationId \"1\", got (200, no code, no "
      "subcode)";
  const std::string xml =
      "violates ESC-RESP-1 (MUST, UCWA/OperationResource.md): A successful escalateAudioVideo "
      "POST answers 201 Created.\n"
      "  [MUST] status: expected 201 Created, got (200, no UCWA error body)";
  EXPECT_EQ(report::shared_cause(json), "[MUST] status: expected 201 Created, got 200");
  EXPECT_EQ(report::shared_cause(xml), report::shared_cause(json));
  // Past the status, the triple is the cause.
  const std::string subcode =
      "violates ESC-ERR-2 (MUST, x): y\n  [MUST] error: expected (409, Conflict, "
      "AlreadyExists), got (409, Conflict, TooManyGroups)";
  EXPECT_EQ(report::shared_cause(subcode),
            "[MUST] error: expected (409, Conflict, AlreadyExists), got (409, Conflict, "
            "TooManyGroups)");
  EXPECT_NE(report::shared_cause("waiver T-1 expired on 2025-01-01\n" + subcode),
            report::shared_cause(json));
  EXPECT_EQ(report::shared_cause("waiver T-1 expired on 2025-01-01\n" + subcode),
            report::shared_cause(subcode));
  EXPECT_EQ(report::shared_cause("not run: the target stopped answering"),
            "not run: the target stopped answering");
}

TEST(HtmlReport, TheBannerSaysTheGateTheStatusAndInsecureLoudly) {
  report::RunRecord run;
  run.target = "https://t";
  run.seconds = 2.5;
  run.exit_status = 1;
  run.options = {{"insecure", "true"}};
  run.tests = {test("A", Status::fail, "X-1"), test("B", Status::fail, "X-2")};
  run.tests[0].message = "violates X-1 (MUST, s): p\n  [MUST] status: expected 201, got (200)";
  run.tests[1].message = "violates X-2 (MUST, s): q\n  [MUST] status: expected 201, got (200)";
  std::string html = report::html_report(run);
  EXPECT_NE(html.find("<strong id=\"gate\">FAIL</strong> &middot; exit status 1 &middot; 2.5 s "
                      "&middot; target https://t</div>"),
            std::string::npos);
  EXPECT_NE(html.find("--insecure: TLS certificates were NOT verified"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"cause\" data-tests=\"2\"><h3>2 tests</h3>"), std::string::npos);
  EXPECT_EQ(html.find("<style"), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  run.options["insecure"] = "false";
  run.exit_status.reset();
  html = report::html_report(run);
  EXPECT_EQ(html.find("--insecure"), std::string::npos);
  EXPECT_NE(html.find("exit status not recorded"), std::string::npos);
}

TEST(Junit, FailuresAreTypedErrorsAreErrorsAndWarningsPass) {
  report::RunRecord run;
  run.tests = {test("A", Status::fail, "X-1"), test("B", Status::error, "X-2"),
               test("C", Status::warn, "X-3"), test("D", Status::skip, "X-4")};
  run.tests[0].kind = "MUST";
  run.tests[1].kind = "transport";
  run.tests[3].message = "nothing to check";
  run.tests[3].kind = "absent";
  const std::string xml = report::junit_xml(run);
  EXPECT_NE(xml.find("<failure type=\"MUST\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<error type=\"transport\""), std::string::npos);
  EXPECT_NE(xml.find("<property name=\"verdict\" value=\"warn\""), std::string::npos);
  EXPECT_NE(xml.find("<skipped type=\"absent\" message=\"nothing to check\""), std::string::npos);
  EXPECT_NE(xml.find("failures=\"1\" errors=\"1\""), std::string::npos);
}

TEST(Coverage, ShowsEachFormatsWorstTestAndListsUncoveredClauses) {
  report::RunRecord run;
  run.tests = {test("A", Status::pass, "X-1"), test("B", Status::fail, "X-1"),
               test("C", Status::skip, "X-2")};
  run.tests[2].kind = "absent";
  const auto coverage = report::coverage_of(run,
                                            {{"X-1", "MUST", "page", "one"},
                                             {"X-2", "SHOULD", "page", "two"},
                                             {"X-3", "MUST", "page", "three"}},
                                            {{"Area.A/Json", "X-1", "Json"},
                                             {"Area.B/Json", "X-1", "Json"},
                                             {"Area.C/Json", "X-2", "Json"},
                                             {"Area.C/Xml", "X-2", "Xml"}});
  const auto json = nlohmann::json::parse(coverage.json);
  EXPECT_EQ(json["clauses"][0]["verdicts"]["Json"], "fail");
  EXPECT_EQ(json["clauses"][1]["verdicts"]["Json"], "skip");
  EXPECT_EQ(json["clauses"][1]["verdicts"]["Xml"], "not run");
  EXPECT_EQ(json["clauses"][1]["tests"][0]["kind"], "absent");
  EXPECT_EQ(json["uncovered"], nlohmann::json::array({"X-3"}));
  EXPECT_EQ(json["totals"]["covered"], 2);
  EXPECT_NE(coverage.markdown.find("- X-3\n"), std::string::npos) << coverage.markdown;
  EXPECT_NE(coverage.markdown.find("| X-1 | MUST | Area.A<br>Area.B | fail | - |"),
            std::string::npos)
      << coverage.markdown;
}

TEST(Merge, ShardsMakeOneRunWithTheEarliestStartAndTheLongestDuration) {
  report::RunRecord first, second;
  first.started = "2026-01-02T00:00:00Z";
  first.seconds = 3;
  first.tests = {test("A", Status::pass, "X-1")};
  second.started = "2026-01-01T00:00:00Z";
  second.seconds = 5;
  second.tests = {test("B", Status::fail, "X-2")};
  second.stale_waivers.push_back({"", "X-9", "r", "T-1", "2030-01-01"});
  const report::RunRecord merged = report::merge_runs({first, second});
  EXPECT_EQ(merged.started, "2026-01-01T00:00:00Z");
  EXPECT_EQ(merged.seconds, 5);
  ASSERT_EQ(merged.tests.size(), 2u);
  EXPECT_EQ(merged.tests[1].name(), "Area.B/Json");
  EXPECT_EQ(merged.stale_waivers.size(), 1u);
  EXPECT_EQ(report::totals_of(merged).tests, 2);
  EXPECT_TRUE(report::merge_runs({}).tests.empty());
}

TEST(Merge, RefusesWhatIsNotTheShardsOfOneRun) {
  const auto shard = [](int index, const std::string& test_name) {
    report::RunRecord run;
    run.target = "http://127.0.0.1:1";
    run.harness_version = "1.0";
    run.options = {{"strict", "false"}};
    run.shard = {index, 2};
    run.tests = {test(test_name, Status::pass, "X-1")};
    return run;
  };
  const std::vector<std::string> names{"a/summary.json", "b/summary.json"};
  EXPECT_FALSE(report::merge_problem({shard(0, "A"), shard(1, "B")}, names));
  const auto problem = [&](std::vector<report::RunRecord> runs) {
    return report::merge_problem(runs, names).value_or("(none)");
  };
  EXPECT_NE(problem({shard(0, "A"), shard(0, "B")}).find("shard 0 again"), std::string::npos);
  EXPECT_NE(problem({shard(0, "A"), shard(1, "A")}).find("test Area.A/Json is in"),
            std::string::npos);
  EXPECT_NE(problem({shard(0, "A")}).find("shard 1 of 2 is missing"), std::string::npos);
  auto elsewhere = shard(1, "B");
  elsewhere.target = "http://127.0.0.1:2";
  EXPECT_NE(problem({shard(0, "A"), elsewhere}).find("another target"), std::string::npos);
  auto newer = shard(1, "B");
  newer.harness_version = "2.0";
  EXPECT_NE(problem({shard(0, "A"), newer}).find("another harness version"), std::string::npos);
  auto strict = shard(1, "B");
  strict.options["strict"] = "true";
  EXPECT_NE(problem({shard(0, "A"), strict}).find("another --strict"), std::string::npos);
}

// Each shard picks a seed of its own unless --seed is given: shards still make one run, and the
// merged run lists every shard's seed.
TEST(Merge, ShardsWithSeedsOfTheirOwnAreOneRun) {
  report::RunRecord first, second;
  first.options = {{"strict", "false"}, {"seed", "7"}};
  first.tests = {test("A", Status::pass, "X-1")};
  first.shard = {0, 2};
  second.options = {{"strict", "false"}, {"seed", "9"}};
  second.tests = {test("B", Status::pass, "X-1")};
  second.shard = {1, 2};
  EXPECT_FALSE(report::merge_problem({first, second}, {"a", "b"}));
  EXPECT_EQ(report::merge_runs({first, second}).options.at("seed"), "7 (shard 0), 9 (shard 1)");
  second.options["seed"] = "7";
  EXPECT_EQ(report::merge_runs({first, second}).options.at("seed"), "7");
}

TEST(Summary, KeepsItsShard) {
  report::RunRecord run;
  run.shard = {1, 3};
  std::string problem;
  auto read = report::read_summary(report::summary_json(run), problem);
  ASSERT_TRUE(read) << problem;
  EXPECT_EQ(read->shard, (report::Shard{1, 3}));
}

}  // namespace
