#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "http/client.hpp"
#include "target/control_api.hpp"
#include "target/profile.hpp"
#include "target/ucwa_client.hpp"

namespace ucwa::bridge {

struct Settings {
  target::Profile profile;
  bool strict = false;        // SHOULD-level findings fail instead of warn
  bool fail_on_skip = false;  // a state the target could not be brought to fails the test
  // --deadline: from the session's start, after which the remaining tests are not run
  std::optional<std::chrono::seconds> deadline;
  // --event-wait-ms: how long a test waits on the event channel for what it expects
  std::chrono::milliseconds event_wait{5000};
};

// Exchanges in a row without an answer (timed out, refused) after which the target is taken to
// have stopped answering: the remaining tests are not run, rather than each waiting its timeout.
inline constexpr int kUnansweredInARow = 3;

// The run's one connection to the target, shared by every test (tests run one at a time).
class Session {
 public:
  explicit Session(Settings settings);

  const Settings& settings() const { return settings_; }
  target::ControlApi control() { return {settings_.profile, client_}; }
  target::UcwaClient ucwa() { return {settings_.profile, client_}; }
  http::Client& client() { return client_; }

  // Every exchange since the last take_evidence(), in order: what the running test sent and got.
  std::vector<http::Exchange> take_evidence();
  // Exchanges made on another connection (the event channel's), kept as evidence like the rest.
  void add_evidence(const std::vector<http::Exchange>& exchanges);
  // Tokens that must never reach a report: the run's own and every one the control API minted.
  void keep_secret(std::string token) { secrets_.push_back(std::move(token)); }
  const std::vector<std::string>& secrets() const { return secrets_; }

  // Set when the target could not be reached before the first test: every test skips with it.
  const std::optional<std::string>& unreachable() const { return unreachable_; }
  void mark_unreachable(std::string reason) { unreachable_ = std::move(reason); }

  // Set once the target stopped answering (kUnansweredInARow exchanges in a row) or --deadline
  // passed: why the remaining tests are not run. The client sends nothing more from then on.
  std::optional<std::string> stopped() const { return client_.stopped(); }

 private:
  Settings settings_;
  http::Client client_;
  std::vector<http::Exchange> evidence_;
  std::vector<std::string> secrets_;
  std::optional<std::string> unreachable_;
  int unanswered_in_a_row_ = 0;
  bool all_timed_out_ = true;  // of those in a row

  void count_unanswered(const http::Exchange& exchange);
  void keep(const http::Exchange& exchange);
};

void open_session(Settings settings);
// How many test suites have started running (each repeat counts again): what the tests of one
// suite share, such as one watched escalation, lives no longer than one run of that suite.
int suite_runs();
// Closes the session's connections (before the embedded server stops, so it need not wait).
void close_session();
// The open session; throws std::logic_error when none was opened.
Session& session();

}  // namespace ucwa::bridge
