#pragma once

#include <string>
#include <vector>

#include "http/exchange.hpp"
#include "report/evidence.hpp"

// A failing test's exchanges as a bash script that makes them again (replay/ in the reports).
namespace ucwa::report {

// Where the run sent its requests, and which test made them.
struct ReplayPlace {
  std::string test;     // "Area.Promise/Format"
  std::string target;   // the target's base URL, as the run used it
  std::string control;  // the control API's base URL, as the run used it
};

// A self-contained bash script (bash, curl, python3) that repeats the test's exchanges in order:
// a control API call again as such (POST {control}/conversations makes a fresh conversation, whose
// hrefs it takes from the JSON answer; POST {control}/tokens mints a token again), and a request
// to one of an earlier conversation's hrefs sent to the same href of the fresh one, with the
// method, query, headers and body the run sent. Every answer is printed (curl -sS -i). The run's
// token is "$UCWA_TOKEN"; no secret is written into the script. A request the run did not send
// (off origin, not sendable) is not sent either.
std::string replay_script(const std::vector<http::Exchange>& exchanges, const Redactor& redact,
                          const ReplayPlace& place);

}  // namespace ucwa::report
