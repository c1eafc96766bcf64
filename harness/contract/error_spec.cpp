#include "contract/error_spec.hpp"

#include <vector>

#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

constexpr Level MUST = Level::must;
constexpr Level SHOULD = Level::should;
constexpr SubcodeRule ANY = SubcodeRule::any;
constexpr SubcodeRule NONE = SubcodeRule::none;
constexpr SubcodeRule NAMED = SubcodeRule::named;

}  // namespace

std::string describe(const ExpectedError& expected) {
  std::string subcode;
  switch (expected.subcode_rule) {
    case SubcodeRule::any:
      subcode = "any subcode";
      break;
    case SubcodeRule::none:
      subcode = "None or no subcode";
      break;
    case SubcodeRule::named:
      subcode = std::string(expected.subcode);
      break;
  }
  return "(" + std::to_string(expected.status) + ", " + std::string(expected.code) + ", " +
         subcode + ")";
}

std::span<const ErrorClause> operation_errors() {
  static const std::vector<ErrorClause> rows{
      {"ESC-ERR-1",
       MUST,
       source::escalate_audio_video,
       "the remote event channel cannot be reached",
       {500, "ServiceFailure", NAMED, "CallbackChannelError"},
       "callbackChannelUnreachable"},
      {"ESC-ERR-2",
       MUST,
       source::escalate_audio_video,
       "the conversation has already been escalated",
       {409, "Conflict", NAMED, "AlreadyExists"}},
      {"ESC-ERR-3",
       MUST,
       source::escalate_audio_video,
       "there are too many groups",
       {409, "Conflict", NAMED, "TooManyGroups"},
       "tooManyGroups"},
      {"ESC-ERR-4",
       MUST,
       source::escalate_audio_video,
       "the service, resource or API is not supported",
       {409, "Conflict", NONE},
       "serviceUnsupported"},
      {"ESC-ERR-5",
       MUST,
       source::escalate_audio_video,
       "a redirect is impossible because no backup pool is configured",
       {410, "Gone", NAMED, "CannotRedirect"},
       "noBackupPool"},
  };
  return rows;
}

std::span<const ErrorClause> generic_errors() {
  static const std::vector<ErrorClause> rows{
      {"GEN-ERR-1",
       MUST,
       source::errors_and_messages,
       "the conversation no longer exists (ResourceNotFound)",
       {404, "NotFound", ANY}},
      {"GEN-ERR-2",
       MUST,
       source::errors_and_messages,
       "the method is not POST (MethodNotAllowed)",
       {405, "MethodNotAllowed", ANY}},
      {"GEN-ERR-4",
       MUST,
       source::errors_and_messages,
       "the body is not application/sdp (UnsupportedMediaType)",
       {415, "UnsupportedMediaType", ANY}},
      // 400 for a bad offer is inferred from "SDP for both modalities" (contract notes 8.3).
      {"GEN-ERR-6",
       SHOULD,
       source::contract_notes_sdp,
       "the body is not a parsable SDP offer",
       {400, "BadRequest", ANY}},
      {"GEN-ERR-7",
       SHOULD,
       source::contract_notes_sdp,
       "the SDP offer has no m=video section",
       {400, "BadRequest", ANY}},
      // No size limit is documented; 4 MiB is far beyond any SDP offer.
      {"GEN-ERR-8",
       SHOULD,
       source::generic_errors,
       "the body is 4 MiB (EntityTooLarge)",
       {413, "EntityTooLarge", ANY}},
      // Undocumented (contract notes 7.4): 403 is the likeliest answer.
      {"AUTH-3",
       SHOULD,
       source::scope_permissions,
       "the token holds neither Conversations.Initiate nor Conversations.Receive",
       {403, "Forbidden", ANY}},
  };
  return rows;
}

std::string promise_of(const ErrorClause& clause) {
  return "When " + std::string(clause.situation) + ", escalateAudioVideo answers " +
         describe(clause.expected) +
         " with a UCWA error body (a JSON object or an XML <reason>) that carries code, in the "
         "format asked for.";
}

}  // namespace ucwa::contract
