#include "golden_run.hpp"

#include <chrono>
#include <string>

namespace ucwa::golden {

namespace {

constexpr const char* token = "golden-run-token";
constexpr const char* target = "http://127.0.0.1:8443";
constexpr const char* audio_video =
    "http://127.0.0.1:8443/ucwa/oauth/v1/applications/101/communication/conversations/7/"
    "audioVideo";

report::TestRecord test(const std::string& area, const std::string& promise,
                        const std::string& format, const std::string& clause,
                        const std::string& level, report::Status status, std::string_view kind,
                        const std::string& message) {
  report::TestRecord record;
  record.area = area;
  record.promise = promise;
  record.format = format;
  record.clause = clause;
  record.level = level;
  record.source = "UCWA/escalateAudioVideo_ref.md";
  record.sentence = "The promise of " + clause + ".";
  record.status = status;
  record.kind = std::string(kind);
  record.message = message;
  record.seconds = 0.125;
  return record;
}

}  // namespace

std::vector<http::Exchange> exchanges() {
  http::Exchange created;
  created.request = {
      "POST",
      std::string(audio_video) + "/escalateAudioVideo?operationId=op%261&" + "sessionContext=it's",
      {{"Accept", "application/json"},
       {"Authorization", std::string("Bearer ") + token},
       {"Content-Type", "application/sdp"}},
      "v=0\r\nm=audio 5004 RTP/AVP 0\r\nm=video 5006 RTP/AVP 96\r\n"};
  created.response =
      http::Response{201,
                     {{"Content-Type", "application/json"}, {"X-Note", "a <b> & \"c\" 'd'"}},
                     R"({"operationId": "<op&1>", "subject": "Tom & Jerry's \"call\""})"};
  created.elapsed = std::chrono::microseconds{12345};

  http::Exchange refused;
  refused.request = {
      "GET",
      audio_video,
      {{"Accept", "application/xml"}, {"Authorization", std::string("Bearer ") + token}},
      ""};
  refused.failure = http::TransportFailure::connect_failed;
  refused.failure_detail = "Connection refused";
  refused.failure_hint = "is the target running?";
  refused.elapsed = std::chrono::microseconds{250};
  return {created, refused};
}

report::Redactor redactor() {
  return report::Redactor(token, {token});
}

report::RunRecord run() {
  using report::Status;
  namespace kind = report::kind;
  const auto all = exchanges();
  const report::Waiver stale{"Created.AnswersCreated/Json", "", "answered 200 before 4.2",
                             "UCWA-1200", "2027-03-31"};
  const report::Waiver expired{"", "AVI-ECHO-1", "operationId & <session> echo fixed in 4.1",
                               "UCWA-1234", "2025-12-31"};
  const report::Waiver in_force{"OperationErrors.SecondEscalationAlreadyExists/Xml", "",
                                "answered \"Gone\" until 4.3", "OPS-77", "2027-01-15"};

  report::RunRecord run;
  run.harness_version = "0.1.0";
  run.target = target;
  run.started = started;
  run.seconds = 1.5;
  run.exit_status = 1;
  run.options = {{"evidence", "all"},
                 {"fail-on-skip", "false"},
                 {"format", "both"},
                 {"strict", "true"},
                 {"waivers", "waivers.json"}};

  run.tests.push_back(
      test("Created", "AnswersCreated", "Json", "ESC-RESP-1", "MUST", Status::pass, "", ""));
  run.tests.push_back(test("Created", "EchoesSessionContext", "Xml", "AVI-ECHO-2", "SHOULD",
                           Status::warn, kind::should,
                           "AVI-ECHO-2 (SHOULD): sessionContext is \"\", expected \"it's\""));

  auto failed =
      test("Created", "EchoesOperationId", "Json", "AVI-ECHO-1", "MUST", Status::fail, kind::must,
           "waiver UCWA-1234 expired on 2025-12-31\n"
           "AVI-ECHO-1 (MUST): operationId is \"<op&1>\", expected \"op&1\"\n"
           "  at $.operationId");
  failed.waiver = expired;
  failed.evidence = report::evidence_text(all, redactor());
  failed.har = "evidence/Created.EchoesOperationId_Json.har";
  failed.replay = "replay/Created.EchoesOperationId_Json.sh";
  run.tests.push_back(failed);
  // The same finding on another value: one cause with the test above.
  run.tests.push_back(test("Created", "EchoesOperationId", "Xml", "AVI-ECHO-1", "MUST",
                           Status::fail, kind::must,
                           "AVI-ECHO-1 (MUST): operationId is \"<op&2>\", expected \"op&2\"\n"
                           "  at $.operationId"));

  run.tests.push_back(test("Methods", "GetRefusalAllowsPost", "Json", "GEN-ERR-3", "SHOULD",
                           Status::fail, kind::should,
                           "GEN-ERR-3 (SHOULD): the 405 answer has no Allow header"));
  auto unanswered = test("Methods", "GetIsMethodNotAllowed", "Xml", "GEN-ERR-2", "MUST",
                         Status::error, kind::transport, all[1].describe_failure());
  unanswered.evidence = report::evidence_text({all[1]}, redactor());
  run.tests.push_back(unanswered);
  run.tests.push_back(test("Created", "BodyIsFormatAsked", "Xml", "REP-CTYPE-2", "MUST",
                           Status::error, kind::not_judged,
                           "asked for application/xml, answered application/json: not judged"));
  run.tests.push_back(test("Properties", "SubjectIsStringOfAtMost250", "Json", "AVI-PROP-18",
                           "MUST", Status::skip, kind::absent,
                           "the invitation has no subject: nothing to judge"));
  run.tests.push_back(test("NotFound", "ForgottenConversation", "Json", "GEN-ERR-1", "MUST",
                           Status::skip, kind::not_provoked,
                           "the control API answered 501 to forget-conversations"));
  auto waived = test("OperationErrors", "SecondEscalationAlreadyExists", "Xml", "ESC-ERR-2", "MUST",
                     Status::waived, kind::must,
                     "ESC-ERR-2 (MUST): status is 410, expected 409 <AlreadyExists>");
  waived.waiver = in_force;
  run.tests.push_back(waived);

  run.stale_waivers = {stale};
  run.expired_waivers = {expired};
  return run;
}

}  // namespace ucwa::golden
