#include "app/reachability.hpp"

#include "bridge/session.hpp"
#include "http/url.hpp"

namespace ucwa::app {

namespace {

// Any HTTP answer, whatever its status, shows the server is there.
std::optional<std::string> unreachable(const std::string& what, const std::string& url) {
  http::Request probe{"GET", url, {{"Accept", "application/json"}}, {}};
  http::Exchange exchange = bridge::session().client().send(std::move(probe));
  if (exchange.answered()) return std::nullopt;
  return "cannot reach the " + what + " " + url + ": " + exchange.describe_failure();
}

}  // namespace

const std::optional<std::string>& Reachability::probe() {
  if (probed_) return found_;
  probed_ = true;
  const target::Profile& profile = bridge::session().settings().profile;
  found_ = unreachable("target", profile.target + "/");
  if (!found_ && http::origin(profile.control) != http::origin(profile.target)) {
    found_ = unreachable("control API", profile.control + "/");
  }
  return found_;
}

// The reason is printed once, by main, after the run: not here as well.
void Reachability::SetUp() {
  problem_ = probe();
  if (problem_) bridge::session().mark_unreachable(*problem_);
}

}  // namespace ucwa::app
