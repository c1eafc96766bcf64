#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "contract/clause.hpp"
#include "contract/error_spec.hpp"

// The query parameters of escalateAudioVideo and the limit clauses they imply
// (escalateAudioVideo_ref.md: operationId and sessionContext, required, at most 50 characters).
namespace ucwa::contract {

// The query parameters of escalateAudioVideo, as the request a test sends fills them.
enum class QueryParameter { operation_id, session_context };

struct ParameterSpec {
  QueryParameter parameter;
  std::string_view name;       // "operationId"
  std::string_view id_prefix;  // "ESC-OPID": its limit clauses are ESC-OPID-1, ESC-OPID-2, ...
  std::size_t max_length;      // characters
  // Whether a page says the invitation gives the value back as the client supplied it, and the
  // words that say so or what the echo is inferred from.
  Level echo_level;
  std::string_view echo_basis;
};

std::span<const ParameterSpec> escalation_parameters();

// What a limit test puts in the parameter.
enum class ValueShape {
  hex,              // fresh lowercase hex digits, as in the documentation's samples
  percent_encoded,  // kReservedCharacters repeated, cut to the length
  multibyte,        // kMultibyteCharacters repeated, cut to the length
  empty,            // the parameter with an empty value
  missing,          // no such parameter at all
};

// The fixed values of the percent-encoded and multibyte cases, so that a failure reproduces:
// every reserved character of RFC 3986 (gen-delims, then sub-delims), then space.
inline constexpr std::string_view kReservedCharacters = ":/?#[]@!$&'()*+,;= ";
// Twelve characters of two, three and four bytes in UTF-8: é ü ß Ж € 日 あ 가 😀 🎵 𝄞 𠀀.
inline constexpr std::string_view kMultibyteCharacters =
    "\xC3\xA9\xC3\xBC\xC3\x9F\xD0\x96\xE2\x82\xAC\xE6\x97\xA5\xE3\x81\x82\xEA\xB0\x80"
    "\xF0\x9F\x98\x80\xF0\x9F\x8E\xB5\xF0\x9D\x84\x9E\xF0\xA0\x80\x80";

// The characters of `unit` (UTF-8) repeated until there are `characters` of them.
std::string repeated_to(std::string_view unit, std::size_t characters);

struct LimitCase {
  ValueShape shape;
  std::size_t length = 0;  // characters, for the shapes that have one
};

enum class LimitExpectation {
  accepted,             // 201 Created
  accepted_and_echoed,  // 201 Created, and the invitation echoes the value as sent
  refused,              // the parameter error below
};

struct LimitClause {
  std::string clause_id;
  Level level;
  std::string_view source;
  std::string promise;
  std::string basis;  // the words that set the level (Clause::basis)
  const ParameterSpec* parameter;
  LimitExpectation expectation;
  std::vector<LimitCase> cases;
  ExpectedError refusal = {};  // for LimitExpectation::refused
};

// A missing required parameter: 400 BadRequest with subcode ParameterValidationFailure, both
// stated by PayloadFormat.md.
inline constexpr ExpectedError kParameterMissing{400, "BadRequest", SubcodeRule::named,
                                                 "ParameterValidationFailure", Level::must};
// Any other refused value: the same triple, the subcode SHOULD (the page names it for missing
// parameters only).
inline constexpr ExpectedError kParameterRefused{400, "BadRequest", SubcodeRule::named,
                                                 "ParameterValidationFailure", Level::should};

// Every limit clause of every parameter, generated from escalation_parameters().
std::span<const LimitClause> limit_clauses();

}  // namespace ucwa::contract
