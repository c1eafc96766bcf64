#pragma once

#include <string>

#include "check/rules/rule.hpp"
#include "contract/error_spec.hpp"

namespace ucwa::check::rules {

// The answer in the words of an error triple: "(409, Conflict, AlreadyExists)",
// "(400, no code)", "(415, text/plain body)", "(201, no UCWA error body)".
std::string triple_of(const Observed& observed);

// The answer is the expected error: status, then a UCWA error body in the format asked for
// (JSON object or XML <reason> in the UCWA namespace) whose code, and subcode, are expected.
// ESC-ERR-*, GEN-ERR-1/2/4/6/7/8, AUTH-3 and the refusals of ESC-OPID-* and ESC-SCTX-*.
Rule answers_error(const contract::ExpectedError& expected);

void challenges_for_credentials(const Observed& observed, Judgement& judgement);  // AUTH-1/2
void allows_post(const Observed& observed, Judgement& judgement);                 // GEN-ERR-3
void honours_accept(const Observed& observed, Judgement& judgement);              // GEN-ERR-5

}  // namespace ucwa::check::rules
