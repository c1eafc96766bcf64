#include "cli/reachability.hpp"

#include <iostream>

#include "bridge/session.hpp"
#include "http/url.hpp"

namespace ucwa::cli {

namespace {

// Any HTTP answer, whatever its status, shows the server is there.
std::optional<std::string> unreachable(const std::string& what, const std::string& url) {
  http::Request probe{"GET", url, {{"Accept", "application/json"}}, {}};
  http::Exchange exchange = bridge::session().client().send(std::move(probe));
  if (exchange.answered()) return std::nullopt;
  return "cannot reach the " + what + " " + url + ": " + exchange.describe_failure();
}

}  // namespace

void Reachability::SetUp() {
  const target::Profile& profile = bridge::session().settings().profile;
  problem_ = unreachable("target", profile.target + "/");
  if (!problem_ && http::origin(profile.control) != http::origin(profile.target)) {
    problem_ = unreachable("control API", profile.control + "/");
  }
  if (problem_) {
    std::cerr << "ucwa-conform: " << *problem_ << "\n";
    bridge::session().mark_unreachable(*problem_);
  }
}

}  // namespace ucwa::cli
