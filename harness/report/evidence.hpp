#pragma once

#include <string>
#include <vector>

#include "http/exchange.hpp"

// Evidence of what a test sent and got, safe to publish: every secret (the run's bearer token,
// each minted token) is replaced before anything is written.
namespace ucwa::report {

class Redactor {
 public:
  // The run's own token becomes $UCWA_TOKEN (so a curl command runs with it set); any other
  // secret becomes <redacted minted token>.
  Redactor(std::string run_token, std::vector<std::string> other_secrets);

  // Secrets of 8 characters or more wherever they appear; shorter ones cannot be told apart
  // from ordinary text, so they are replaced only where they are known to be: in headers.
  std::string operator()(std::string text) const;
  // The header's value redacted; an Authorization header's credentials always.
  std::string header_value(const std::string& name, const std::string& value) const;
  // "Name: value", the value as header_value gives it.
  std::string header(const std::string& name, const std::string& value) const;

  const std::string& run_token() const { return run_token_; }
  const std::vector<std::string>& other_secrets() const { return others_; }

 private:
  std::string run_token_;
  std::vector<std::string> others_;
};

// A curl command that repeats the request, the token as "$UCWA_TOKEN" (bash quoting).
std::string curl_command(const http::Request& request, const Redactor& redact);

// Every exchange, request and answer (headers, body cut at a limit), each followed by its curl
// command; redacted.
std::string evidence_text(const std::vector<http::Exchange>& exchanges, const Redactor& redact);

// A HAR 1.2 document of the exchanges (browser developer tools open it); redacted.
std::string har_document(const std::vector<http::Exchange>& exchanges, const Redactor& redact,
                         const std::string& started);

}  // namespace ucwa::report
