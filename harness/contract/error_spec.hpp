#pragma once

#include <span>
#include <string>
#include <string_view>

#include "contract/clause.hpp"

// The synchronous errors a request to escalateAudioVideo can provoke, each an expected
// (status, code, subcode) triple: the operation's own table (escalateAudioVideo_ref.md) and the
// generic errors (GenericSynchronousErrors.md, ErrorsAndInformationalMessages.md).
namespace ucwa::contract {

// What the subcode of an expected error must be.
enum class SubcodeRule {
  any,    // undocumented: new subcodes appear at any time and clients ignore them
  none,   // the table says None: the literal "None" or no subcode at all
  named,  // exactly `subcode`
};

struct ExpectedError {
  int status;
  std::string_view code;
  SubcodeRule subcode_rule = SubcodeRule::any;
  std::string_view subcode = {};
  Level subcode_level = Level::must;  // a documented status can come with an inferred subcode
};

// "(409, Conflict, AlreadyExists)", "(409, Conflict, None or no subcode)",
// "(404, NotFound, any subcode)".
std::string describe(const ExpectedError& expected);

struct ErrorClause {
  std::string_view clause_id;
  Level level;
  std::string_view source;
  std::string_view basis;      // the words that set the level (Clause::basis)
  std::string_view situation;  // "the remote event channel cannot be reached"
  ExpectedError expected;
  // The control API condition that provokes it (docs/control-api.md); empty when a request does.
  std::string_view condition = {};
};

// The rows of escalateAudioVideo_ref.md's error table, in its order.
std::span<const ErrorClause> operation_errors();
// The generic errors a request to the operation can provoke, each with a UCWA error body.
std::span<const ErrorClause> generic_errors();

// The promise an error clause makes, one sentence.
std::string promise_of(const ErrorClause& clause);

}  // namespace ucwa::contract
