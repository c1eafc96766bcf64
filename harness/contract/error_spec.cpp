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
       "escalateAudioVideo_ref.md's Synchronous errors table: \"ServiceFailure | 500 | "
       "CallbackChannelError | The remote event channel is not reachable\".",
       "the remote event channel cannot be reached",
       {500, "ServiceFailure", NAMED, "CallbackChannelError"},
       "callbackChannelUnreachable"},
      {"ESC-ERR-2",
       MUST,
       source::escalate_audio_video,
       "escalateAudioVideo_ref.md's Synchronous errors table: \"Conflict | 409 | AlreadyExists | "
       "The already exists error.\"",
       "the conversation has already been escalated",
       {409, "Conflict", NAMED, "AlreadyExists"}},
      {"ESC-ERR-3",
       MUST,
       source::escalate_audio_video,
       "escalateAudioVideo_ref.md's Synchronous errors table: \"Conflict | 409 | TooManyGroups | "
       "The too many groups error.\"",
       "there are too many groups",
       {409, "Conflict", NAMED, "TooManyGroups"},
       "tooManyGroups"},
      {"ESC-ERR-4",
       MUST,
       source::escalate_audio_video,
       "escalateAudioVideo_ref.md's Synchronous errors table: \"Conflict | 409 | None | "
       "Un-supported Service/Resource/API error.\"",
       "the service, resource or API is not supported",
       {409, "Conflict", NONE},
       "serviceUnsupported"},
      {"ESC-ERR-5",
       MUST,
       source::escalate_audio_video,
       "escalateAudioVideo_ref.md's Synchronous errors table: \"Gone | 410 | CannotRedirect | "
       "Cannot redirect since there is no back up pool configured.\"",
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
       "ErrorsAndInformationalMessages.md: \"ResourceNotFound | The resource does not exist.\" and "
       "its HTTP table \"404 | NotFound\"; a subcode is not stated (\"Clients should be designed "
       "that that they ignore missing or unknown subcodes.\").",
       "the conversation no longer exists (ResourceNotFound)",
       {404, "NotFound", ANY}},
      {"GEN-ERR-2",
       MUST,
       source::errors_and_messages,
       "ErrorsAndInformationalMessages.md: \"MethodNotAllowed | The requested HTTP method is not "
       "supported for this resource.\" and its HTTP table \"405 | MethodNotAllowed\"; "
       "escalateAudioVideo_ref.md documents POST alone.",
       "the method is not POST (MethodNotAllowed)",
       {405, "MethodNotAllowed", ANY}},
      {"GEN-ERR-4",
       MUST,
       source::errors_and_messages,
       "ErrorsAndInformationalMessages.md: \"UnsupportedMediaType | The content-type is not "
       "supported.\" and its HTTP table \"415 | UnsupportedMediaType\"; "
       "escalateAudioVideo_ref.md's requests send \"Content-Type: application/sdp\".",
       "the body is not application/sdp (UnsupportedMediaType)",
       {415, "UnsupportedMediaType", ANY}},
      // 400 for a bad offer is inferred from "SDP for both modalities" (escalateAudioVideo_ref.md).
      {"GEN-ERR-6",
       SHOULD,
       source::contract_notes_sdp,
       "Inferred: escalateAudioVideo_ref.md says \"The client must provide sdp for both "
       "modalities\" but documents no error for an offer that is not SDP; 400 BadRequest is "
       "ErrorsAndInformationalMessages.md's \"Something is wrong with the entire request\".",
       "the body is not a parsable SDP offer",
       {400, "BadRequest", ANY}},
      {"GEN-ERR-7",
       SHOULD,
       source::contract_notes_sdp,
       "Inferred: escalateAudioVideo_ref.md says \"The client must provide sdp for both "
       "modalities\" but documents no error for an offer without video.",
       "the SDP offer has no m=video section",
       {400, "BadRequest", ANY}},
      // No size limit is documented; 4 MiB is far beyond any SDP offer.
      {"GEN-ERR-8",
       SHOULD,
       source::generic_errors,
       "Inferred: ErrorsAndInformationalMessages.md lists \"EntityTooLarge | The request is too "
       "large.\" and \"413 | EntityTooLarge\", but no page gives a size limit, so that 4 MiB is "
       "too large is an assumption.",
       "the body is 4 MiB (EntityTooLarge)",
       {413, "EntityTooLarge", ANY}},
      // Undocumented (no UCWA page names it): 403 is the likeliest answer.
      {"AUTH-3",
       SHOULD,
       source::scope_permissions,
       "Inferred: no page documents the answer to a token that lacks the scopes; 403 Forbidden is "
       "the HTTP table's \"403 | Forbidden\" (ErrorsAndInformationalMessages.md). The refusal "
       "itself is AUTH-6, a MUST.",
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
