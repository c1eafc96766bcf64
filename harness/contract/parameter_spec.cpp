#include "contract/parameter_spec.hpp"

#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

std::string characters(std::size_t length) {
  return std::to_string(length) + (length == 1 ? " character" : " characters");
}

// The clauses one parameter implies, numbered in this order for every parameter.
void add_limits_of(const ParameterSpec& parameter, std::vector<LimitClause>& clauses) {
  const std::size_t max = parameter.max_length;
  const std::string name(parameter.name);
  const std::string refusal = " is refused with " + describe(kParameterRefused) +
                              " (the subcode is SHOULD: PayloadFormat.md names it for missing "
                              "parameters).";
  struct Template {
    Level level;
    std::string_view source;
    std::string promise;
    LimitExpectation expectation;
    std::vector<LimitCase> cases;
  };
  const std::vector<Template> templates{
      {Level::must,
       source::escalate_audio_video,
       "A request whose " + name + " has 1 to " + std::to_string(max) +
           " characters is accepted (201 Created).",
       LimitExpectation::accepted,
       {{ValueShape::hex, 1}, {ValueShape::hex, max - 1}, {ValueShape::hex, max}}},
      {Level::must,
       source::escalate_audio_video,
       "A request whose " + name + " is longer than " + characters(max) + refusal,
       LimitExpectation::refused,
       {{ValueShape::hex, max + 1}, {ValueShape::hex, 4 * max}}},
      {Level::must,
       source::payload_format,
       "A request without " + name + refusal,
       LimitExpectation::refused,
       {{ValueShape::missing}}},
      // "Required" does not say whether an empty value counts as given.
      {Level::should,
       source::escalate_audio_video,
       "A request whose " + name + " is empty" + refusal,
       LimitExpectation::refused,
       {{ValueShape::empty}}},
      // No character set is documented; clients percent-encode (QueryParameters.md).
      {Level::should,
       source::query_parameters,
       "A request whose " + name + " is " + characters(max) +
           " that need percent-encoding is accepted and echoed as sent (no character set is "
           "documented).",
       LimitExpectation::accepted_and_echoed,
       {{ValueShape::percent_encoded, max}}},
      // Characters or bytes: the documentation leaves it open.
      {Level::should,
       source::escalate_audio_video,
       "A request whose " + name + " is " + characters(max) +
           " of several UTF-8 bytes each is accepted and echoed (the limit counts characters, "
           "not bytes; the documentation leaves this open).",
       LimitExpectation::accepted_and_echoed,
       {{ValueShape::multibyte, max}}},
      {Level::should,
       source::escalate_audio_video,
       "A request whose " + name + " is " + characters(max + 1) + " of several UTF-8 bytes each" +
           refusal,
       LimitExpectation::refused,
       {{ValueShape::multibyte, max + 1}}},
  };
  int number = 0;
  for (const Template& each : templates) {
    clauses.push_back({std::string(parameter.id_prefix) + "-" + std::to_string(++number),
                       each.level, each.source, each.promise, &parameter, each.expectation,
                       each.cases});
  }
}

}  // namespace

std::span<const ParameterSpec> escalation_parameters() {
  static const std::vector<ParameterSpec> parameters{
      {"operationId", "ESC-OPID", 50},
      {"sessionContext", "ESC-SCTX", 50},
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
