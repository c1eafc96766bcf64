#include "contract/error_spec.hpp"

#include <vector>

#include "contract/clause_ids.hpp"
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
      {.clause_id = id::ESC_ERR_1,
       .level = MUST,
       .source = source::escalate_audio_video,
       .basis = "escalateAudioVideo_ref.md's Synchronous errors table: \"ServiceFailure | 500 | "
                "CallbackChannelError | The remote event channel is not reachable\".",
       .situation = "the remote event channel cannot be reached",
       .expected = {500, "ServiceFailure", NAMED, "CallbackChannelError"},
       .condition = "callbackChannelUnreachable"},
      {.clause_id = id::ESC_ERR_2,
       .level = MUST,
       .source = source::escalate_audio_video,
       .basis = "escalateAudioVideo_ref.md's Synchronous errors table: \"Conflict | 409 | "
                "AlreadyExists | "
                "The already exists error.\"",
       .situation = "the conversation has already been escalated",
       .expected = {409, "Conflict", NAMED, "AlreadyExists"}},
      {.clause_id = id::ESC_ERR_3,
       .level = MUST,
       .source = source::escalate_audio_video,
       .basis = "escalateAudioVideo_ref.md's Synchronous errors table: \"Conflict | 409 | "
                "TooManyGroups | "
                "The too many groups error.\"",
       .situation = "there are too many groups",
       .expected = {409, "Conflict", NAMED, "TooManyGroups"},
       .condition = "tooManyGroups"},
      {.clause_id = id::ESC_ERR_4,
       .level = MUST,
       .source = source::escalate_audio_video,
       .basis = "escalateAudioVideo_ref.md's Synchronous errors table: \"Conflict | 409 | None | "
                "Un-supported Service/Resource/API error.\"",
       .situation = "the service, resource or API is not supported",
       .expected = {409, "Conflict", NONE},
       .condition = "serviceUnsupported"},
      {.clause_id = id::ESC_ERR_5,
       .level = MUST,
       .source = source::escalate_audio_video,
       .basis =
           "escalateAudioVideo_ref.md's Synchronous errors table: \"Gone | 410 | CannotRedirect | "
           "Cannot redirect since there is no back up pool configured.\"",
       .situation = "a redirect is impossible because no backup pool is configured",
       .expected = {410, "Gone", NAMED, "CannotRedirect"},
       .condition = "noBackupPool"},
  };
  return rows;
}

std::span<const ErrorClause> generic_errors() {
  static const std::vector<ErrorClause> rows{
      {.clause_id = id::GEN_ERR_1,
       .level = MUST,
       .source = source::errors_and_messages,
       .basis = "ErrorsAndInformationalMessages.md: \"ResourceNotFound | The resource does not "
                "exist.\" and "
                "its HTTP table \"404 | NotFound\"; a subcode is not stated (\"Clients should be "
                "designed "
                "that that they ignore missing or unknown subcodes.\").",
       .situation = "the conversation no longer exists (ResourceNotFound)",
       .expected = {404, "NotFound", ANY}},
      {.clause_id = id::GEN_ERR_2,
       .level = MUST,
       .source = source::errors_and_messages,
       .basis = "ErrorsAndInformationalMessages.md: \"MethodNotAllowed | The requested HTTP method "
                "is not "
                "supported for this resource.\" and its HTTP table \"405 | MethodNotAllowed\"; "
                "escalateAudioVideo_ref.md documents POST alone.",
       .situation = "the method is not POST (MethodNotAllowed)",
       .expected = {405, "MethodNotAllowed", ANY}},
      {.clause_id = id::GEN_ERR_4,
       .level = MUST,
       .source = source::errors_and_messages,
       .basis =
           "ErrorsAndInformationalMessages.md: \"UnsupportedMediaType | The content-type is not "
           "supported.\" and its HTTP table \"415 | UnsupportedMediaType\"; "
           "escalateAudioVideo_ref.md's requests send \"Content-Type: application/sdp\".",
       .situation = "the body is not application/sdp (UnsupportedMediaType)",
       .expected = {415, "UnsupportedMediaType", ANY}},
      // 400 for a bad offer is inferred from "SDP for both modalities" (escalateAudioVideo_ref.md).
      {.clause_id = id::GEN_ERR_6,
       .level = SHOULD,
       .source = source::sdp_for_both_modalities,
       .basis =
           "Inferred: escalateAudioVideo_ref.md says \"The client must provide sdp for both "
           "modalities\" but documents no error for an offer that is not SDP; 400 BadRequest is "
           "ErrorsAndInformationalMessages.md's \"Something is wrong with the entire request\".",
       .situation = "the body is not a parsable SDP offer",
       .expected = {400, "BadRequest", ANY}},
      {.clause_id = id::GEN_ERR_7,
       .level = SHOULD,
       .source = source::sdp_for_both_modalities,
       .basis = "Inferred: escalateAudioVideo_ref.md says \"The client must provide sdp for both "
                "modalities\" but documents no error for an offer without video.",
       .situation = "the SDP offer has no m=video section",
       .expected = {400, "BadRequest", ANY}},
      // No size limit is documented; 4 MiB is far beyond any SDP offer.
      {.clause_id = id::GEN_ERR_8,
       .level = SHOULD,
       .source = source::generic_errors,
       .basis = "Inferred: ErrorsAndInformationalMessages.md lists \"EntityTooLarge | The request "
                "is too "
                "large.\" and \"413 | EntityTooLarge\", but no page gives a size limit, so that 4 "
                "MiB is "
                "too large is an assumption.",
       .situation = "the body is 4 MiB (EntityTooLarge)",
       .expected = {413, "EntityTooLarge", ANY}},
      // Undocumented (no UCWA page names it): 403 is the likeliest answer.
      {.clause_id = id::AUTH_3,
       .level = SHOULD,
       .source = source::scope_permissions,
       .basis =
           "Inferred: no page documents the answer to a token that lacks the scopes; 403 Forbidden "
           "is "
           "the HTTP table's \"403 | Forbidden\" (ErrorsAndInformationalMessages.md). The refusal "
           "itself is AUTH-6, a MUST.",
       .situation = "the token holds neither Conversations.Initiate nor Conversations.Receive",
       .expected = {403, "Forbidden", ANY}},
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
