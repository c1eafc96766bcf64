#include "app/preflight.hpp"

#include <iostream>

#include "app/exit_status.hpp"
#include "bridge/session.hpp"

namespace ucwa::app {

namespace {

// Where the token came from, and what to change there.
std::string token_fix(const std::string& token_source) {
  if (token_source.empty()) {
    return "no token given; give the target's token with --token TOKEN, env UCWA_TOKEN or "
           "--token-file FILE";
  }
  if (token_source == "--token") {
    return "the token from --token was refused; pass the token the target accepts with --token";
  }
  if (token_source == "env UCWA_TOKEN") {
    return "the token from env UCWA_TOKEN was refused; set UCWA_TOKEN to the token the target "
           "accepts (it takes precedence over --token-file)";
  }
  return "the token from " + token_source +
         " was refused; put the token the target accepts on "
         "that file's first line";
}

std::string refused_token_message(int status, const std::string& request,
                                  const std::string& token_source) {
  return "the control API answered " + std::to_string(status) + " to " + request + ": " +
         token_fix(token_source);
}

}  // namespace

std::optional<int> preflight(Reachability& reachability, const std::string& token_source) {
  if (reachability.probe()) return std::nullopt;  // said once, after the run, as exit status 3
  bridge::Session& session = bridge::session();
  http::Exchange exchange = session.control().call("POST", "/conversations", "{}");
  if (!exchange.answered()) return std::nullopt;  // the tests report the transport failure
  const int status = exchange.response->status;
  const std::string request = exchange.request.method + " " + exchange.request.url;
  if (status == 401 || status == 403) {
    std::cerr << "ucwa-conform: " << refused_token_message(status, request, token_source) << "\n";
    return bad_usage;
  }
  if (status == 404) {
    std::cerr << "ucwa-conform: no control API at " << session.settings().profile.control
              << " (check --control): " << request << " answered 404\n";
    return unreachable;
  }
  return std::nullopt;
}

}  // namespace ucwa::app
