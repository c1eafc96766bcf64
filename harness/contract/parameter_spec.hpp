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

struct ParameterSpec {
  std::string_view name;       // "operationId"
  std::string_view id_prefix;  // "ESC-OPID": its limit clauses are ESC-OPID-1, ESC-OPID-2, ...
  std::size_t max_length;      // characters
};

std::span<const ParameterSpec> escalation_parameters();

// What a limit test puts in the parameter.
enum class ValueShape {
  hex,              // lowercase hex digits, as in the documentation's samples
  percent_encoded,  // characters a URL must percent-encode (space, &, =, +, %, ...)
  multibyte,        // characters of two to four bytes in UTF-8
  empty,            // the parameter with an empty value
  missing,          // no such parameter at all
};

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
  const ParameterSpec* parameter;
  LimitExpectation expectation;
  std::vector<LimitCase> cases;
};

// A refused parameter: 400 BadRequest (PayloadFormat.md), subcode ParameterValidationFailure
// (SHOULD: the page names it for missing parameters only).
inline constexpr ExpectedError kParameterRefused{400, "BadRequest", SubcodeRule::named,
                                                 "ParameterValidationFailure", Level::should};

// Every limit clause of every parameter, generated from escalation_parameters().
std::span<const LimitClause> limit_clauses();

}  // namespace ucwa::contract
