#include "contract/parameter_spec.hpp"

#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

std::string characters(std::size_t length) {
  return std::to_string(length) + (length == 1 ? " character" : " characters");
}

// The operation page's row for a parameter, quoted.
std::string page_row(const ParameterSpec& parameter) {
  const std::string description =
      parameter.name == "operationId" ? "The operation ID." : "The context of the session.";
  return "escalateAudioVideo_ref.md: \"" + std::string(parameter.name) + " | " + description +
         "The maximum length is " + std::to_string(parameter.max_length) + " characters. | Yes\"";
}

// The clauses one parameter implies, numbered in this order for every parameter: ids are
// stable, so a new clause is only ever appended.
void add_limits_of(const ParameterSpec& parameter, std::vector<LimitClause>& clauses) {
  const std::size_t max = parameter.max_length;
  const std::string name(parameter.name);
  const std::string row = page_row(parameter);
  const std::string refusal = " is refused with " + describe(kParameterRefused) +
                              " (the subcode is SHOULD: PayloadFormat.md names it for missing "
                              "parameters).";
  const std::string inferred_subcode =
      " The subcode is inferred: PayloadFormat.md names ParameterValidationFailure for a missing "
      "parameter only.";
  const std::string reserved = "\"" + std::string(kReservedCharacters) + "\"";
  const std::string multibyte = "\"" + std::string(kMultibyteCharacters) + "\"";
  struct Template {
    Level level;
    std::string_view source;
    std::string promise;
    std::string basis;
    LimitExpectation expectation;
    std::vector<LimitCase> cases;
    ExpectedError refusal = {};
  };
  const std::vector<Template> templates{
      {Level::must,
       source::escalate_audio_video,
       "A request whose " + name + " has 1 to " + std::to_string(max) +
           " characters is accepted (201 Created).",
       row + "; no minimum length is documented.",
       LimitExpectation::accepted,
       {{ValueShape::hex, 1}, {ValueShape::hex, max - 1}, {ValueShape::hex, max}}},
      {Level::must,
       source::escalate_audio_video,
       "A request whose " + name + " is longer than " + characters(max) + refusal,
       row +
           "; ErrorsAndInformationalMessages.md: \"Parameters apply only for response codes "
           "of 400 Bad Request. In this case a property bag will list all of the invalid "
           "properties in the request\"." +
           inferred_subcode,
       LimitExpectation::refused,
       {{ValueShape::hex, max + 1}, {ValueShape::hex, 4 * max}},
       kParameterRefused},
      {Level::must,
       source::payload_format,
       "A request without " + name + " is refused with " + describe(kParameterMissing) + ".",
       "PayloadFormat.md: \"If a required parameter is missing, UCWA 2.0 will reject the request "
       "with HTTP code 400 / Bad Request, UCWA error subcode \"ParameterValidationFailure\", "
       "together with a list of missing required parameters.\"; " +
           row + ".",
       LimitExpectation::refused,
       {{ValueShape::missing}},
       kParameterMissing},
      {Level::should,
       source::escalate_audio_video,
       "A request whose " + name + " is empty" + refusal,
       "Inferred: \"Required? Yes\" does not say whether an empty value counts as given." +
           inferred_subcode,
       LimitExpectation::refused,
       {{ValueShape::empty}},
       kParameterRefused},
      {Level::should,
       source::query_parameters,
       "A request whose " + name + " is " + characters(max) + " that need percent-encoding (" +
           reserved + " repeated) is accepted and echoed as sent.",
       "Inferred: no character set is documented; QueryParameters.md only tells clients \"The "
       "recommended way to add query parameters is by using a proper URL parser.\"",
       LimitExpectation::accepted_and_echoed,
       {{ValueShape::percent_encoded, max}}},
      {Level::should,
       source::escalate_audio_video,
       "A request whose " + name + " is " + characters(max) + " of several UTF-8 bytes each (" +
           multibyte +
           " repeated) is accepted and echoed (the limit counts characters, not "
           "bytes).",
       "Inferred: \"The maximum length is " + std::to_string(max) +
           " characters.\" leaves open whether a character is a byte or a code point.",
       LimitExpectation::accepted_and_echoed,
       {{ValueShape::multibyte, max}}},
      {Level::should,
       source::escalate_audio_video,
       "A request whose " + name + " is " + characters(max + 1) + " of several UTF-8 bytes each (" +
           multibyte + " repeated)" + refusal,
       "Inferred: \"The maximum length is " + std::to_string(max) +
           " characters.\" leaves open whether a character is a byte or a code point." +
           inferred_subcode,
       LimitExpectation::refused,
       {{ValueShape::multibyte, max + 1}},
       kParameterRefused},
      {parameter.echo_level,
       source::audio_video_invitation,
       "A request whose " + name + " is " + characters(max) +
           " of plain ASCII (lowercase hex) is accepted and the invitation's " + name +
           " is that value, whole.",
       std::string(parameter.echo_basis),
       LimitExpectation::accepted_and_echoed,
       {{ValueShape::hex, max}}},
  };
  int number = 0;
  for (const Template& each : templates) {
    clauses.push_back({std::string(parameter.id_prefix) + "-" + std::to_string(++number),
                       each.level, each.source, each.promise, each.basis, &parameter,
                       each.expectation, each.cases, each.refusal});
  }
}

}  // namespace

std::string repeated_to(std::string_view unit, std::size_t characters) {
  std::vector<std::string_view> each;  // unit's characters, a continuation byte joining the last
  for (std::size_t at = 0; at < unit.size();) {
    std::size_t end = at + 1;
    while (end < unit.size() && (static_cast<unsigned char>(unit[end]) & 0xC0) == 0x80) ++end;
    each.push_back(unit.substr(at, end - at));
    at = end;
  }
  std::string value;
  for (std::size_t i = 0; i < characters && !each.empty(); ++i) value += each[i % each.size()];
  return value;
}

std::span<const ParameterSpec> escalation_parameters() {
  static const std::vector<ParameterSpec> parameters{
      {.parameter = QueryParameter::operation_id,
       .name = "operationId",
       .id_prefix = "ESC-OPID",
       .max_length = 50,
       .echo_level = Level::must,
       .echo_basis =
           "audioVideoInvitation_ref.md: \"operationId | The operation ID as supplied by the "
           "client.The maximum length is 50 characters.\""},
      {.parameter = QueryParameter::session_context,
       .name = "sessionContext",
       .id_prefix = "ESC-SCTX",
       .max_length = 50,
       .echo_level = Level::should,
       .echo_basis =
           "Inferred: audioVideoInvitation_ref.md says only \"sessionContext | The session "
           "context.The maximum length is 50 characters.\" (\"as supplied by the client\" is said "
           "of "
           "operationId alone); the echo is inferred from the required query parameter of the same "
           "name."},
  };
  return parameters;
}

std::span<const LimitClause> limit_clauses() {
  static const std::vector<LimitClause> clauses = [] {
    std::vector<LimitClause> all;
    for (const ParameterSpec& parameter : escalation_parameters()) add_limits_of(parameter, all);
    return all;
  }();
  return clauses;
}

}  // namespace ucwa::contract
