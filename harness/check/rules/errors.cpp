#include "check/rules/errors.hpp"

#include <optional>

#include "representation/media_type.hpp"
#include "representation/read.hpp"
#include "text/ascii.hpp"

namespace ucwa::check::rules {

namespace {

// The error body in the format its Content-Type declares, when it declares one.
std::optional<model::Read<model::Reason>> read_error(const Observed& observed) {
  if (!observed.declared) return std::nullopt;
  return representation::read_reason(*observed.declared, observed.response.body);
}

bool subcode_meets(const contract::ExpectedError& expected,
                   const std::optional<std::string>& subcode) {
  switch (expected.subcode_rule) {
    case contract::SubcodeRule::any:
      return true;
    case contract::SubcodeRule::none:
      return !subcode || *subcode == "None";
    case contract::SubcodeRule::named:
      return subcode && *subcode == expected.subcode;
  }
  return false;
}

// The media type a Content-Type names, parameters dropped; the text itself when it names none.
std::string essence_of(const std::string& content_type) {
  const auto media = representation::parse_media_type(content_type);
  return media ? media->essence() : content_type;
}

// Allow's methods, compared exactly: method names are case-sensitive (RFC 9110 section 9.1).
bool allows(std::string_view allow, std::string_view method) {
  std::size_t start = 0;
  while (start <= allow.size()) {
    std::size_t end = std::min(allow.find(',', start), allow.size());
    if (text::trim(allow.substr(start, end - start)) == method) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::string triple_of(const Observed& observed) {
  const std::string status = std::to_string(observed.response.status);
  if (!observed.content_type) return "(" + status + ", no Content-Type)";
  if (!observed.declared)
    return "(" + status + ", " + essence_of(*observed.content_type) + " body)";
  const auto read = read_error(observed);
  if (!read->value) return "(" + status + ", no UCWA error body)";
  const model::Reason& reason = *read->value;
  return "(" + status + ", " + reason.code.value_or("no code") + ", " +
         reason.subcode.value_or("no subcode") + ")";
}

Rule answers_error(const contract::ExpectedError& expected) {
  return [&expected](const Observed& observed, Judgement& judgement) {
    const std::string expected_and_got =
        "expected " + contract::describe(expected) + ", got " + triple_of(observed);
    if (observed.response.status != expected.status) {
      judgement.fail("status", expected_and_got);
      return;
    }
    if (!observed.declared) {
      judgement.fail(
          "header Content-Type",
          "a UCWA error is JSON or XML, got " +
              (observed.content_type ? "\"" + *observed.content_type + "\"" : std::string("none")) +
              "; " + expected_and_got);
      return;
    }
    if (*observed.declared != observed.escalation.requested) {
      judgement.fail("header Content-Type",
                     "asked for " +
                         std::string(representation::accept_for(observed.escalation.requested)) +
                         ", got \"" + *observed.content_type + "\"",
                     contract::Level::should);
    }
    const auto read = read_error(observed);
    if (!read->value) {
      judgement.fail("body",
                     "not a UCWA error: " + read->error->describe() + "; " + expected_and_got);
      return;
    }
    for (const model::ParseError& defect : read->defects) {
      judgement.fail(defect.location, defect.message);
    }
    const model::Reason& reason = *read->value;
    if (!reason.code) {
      judgement.fail(
          "code", "missing, and code is the one required member of an error; " + expected_and_got);
      return;
    }
    if (*reason.code != expected.code) judgement.fail("code", expected_and_got);
    if (!subcode_meets(expected, reason.subcode)) {
      judgement.fail("subcode", expected_and_got, expected.subcode_level);
    }
  };
}

void challenges_for_credentials(const Observed& observed, Judgement& judgement) {
  const auto challenges = http::find_headers(observed.response.headers, "WWW-Authenticate");
  if (observed.response.status != 401) {
    judgement.fail("status",
                   "expected 401 with a WWW-Authenticate challenge, got " + triple_of(observed));
    return;
  }
  if (challenges.empty()) {
    judgement.fail("header WWW-Authenticate",
                   "missing from the 401: the client cannot learn how "
                   "to get a token");
  }
}

void allows_post(const Observed& observed, Judgement& judgement) {
  if (observed.response.status != 405) {
    judgement.nothing_to_check = "the answer is " + triple_of(observed) + ", not 405";
    return;
  }
  const auto allow = http::find_header(observed.response.headers, "Allow");
  if (!allow) {
    judgement.fail("header Allow", "missing from the 405; expected it to name POST");
    return;
  }
  if (allows(*allow, "POST")) return;
  judgement.fail("header Allow", "\"" + *allow + "\" does not name POST");
}

void honours_accept(const Observed& observed, Judgement& judgement) {
  if (observed.response.status == 406) return;
  const std::string accept =
      http::find_header(observed.escalation.exchange.request.headers, "Accept").value_or("*/*");
  if (!representation::accept_allows(accept, observed.content_type.value_or(""))) {
    judgement.fail("status", "expected 406 Not Acceptable or a body that Accept: " + accept +
                                 " allows, got " + std::to_string(observed.response.status) +
                                 " with Content-Type \"" + observed.content_type.value_or("") +
                                 "\"");
  }
}

}  // namespace ucwa::check::rules
