#include "bridge/session.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <utility>

namespace ucwa::bridge {

namespace {
std::unique_ptr<Session>& current() {
  static std::unique_ptr<Session> session;
  return session;
}
}  // namespace

namespace {

// Evidence keeps the start of long bodies only; the report says how long they were.
constexpr std::size_t kEvidenceBodyLimit = 16 * 1024;

// A compressed or binary body (a gzip bomb, say) reads as noise and swells every report that
// escapes it: its first kilobyte is evidence enough.
constexpr std::size_t kBinaryEvidenceLimit = 1024;

void cut(std::string& body, std::size_t limit = kEvidenceBodyLimit) {
  if (body.size() <= limit) return;
  const std::size_t size = body.size();
  body.resize(limit);
  body += "\n[... cut: " + std::to_string(size) + " bytes in all]";
}

bool binary(const http::Response& response) {
  const auto encoding = http::find_header(response.headers, "Content-Encoding");
  if (encoding && !encoding->empty() && *encoding != "identity") return true;
  return response.body.find('\0') != std::string::npos;
}

// "Created.EchoesOperationId/Json", or where the run was when no test runs.
std::string current_place() {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  if (!test) return "the start of the run";
  return std::string(test->test_suite_name()) + "." + test->name();
}

}  // namespace

void Session::count_unanswered(const http::Exchange& exchange) {
  if (exchange.answered()) {
    // The control API answering says nothing of the UCWA routes: a target may answer the one and
    // hold the other.
    const std::string& control = settings_.profile.control;
    if (exchange.request.url.rfind(control + "/", 0) == 0) return;
    unanswered_in_a_row_ = 0;
    all_timed_out_ = true;
    return;
  }
  if (exchange.failure != http::TransportFailure::timed_out &&
      exchange.failure != http::TransportFailure::connect_failed)
    return;  // a quick failure (reset, garbage) costs no waiting: each test still says it
  all_timed_out_ = all_timed_out_ && exchange.failure == http::TransportFailure::timed_out;
  if (++unanswered_in_a_row_ < kUnansweredInARow || client_.stopped()) return;
  const std::string count = std::to_string(unanswered_in_a_row_);
  client_.stop_at(
      std::chrono::steady_clock::now(),
      "the target stopped answering at " + current_place() + " (" + count +
          (all_timed_out_ ? " timeouts in a row)" : " exchanges in a row timed out or refused)"));
}

Session::Session(Settings settings)
    : settings_(std::move(settings)), client_(target::client_options(settings_.profile)) {
  if (settings_.profile.token) secrets_.push_back(*settings_.profile.token);
  if (settings_.deadline) {
    client_.stop_at(std::chrono::steady_clock::now() + *settings_.deadline,
                    "--deadline " + std::to_string(settings_.deadline->count()) + " s passed");
  }
  client_.observe([this](const http::Exchange& exchange) {
    count_unanswered(exchange);
    keep(exchange);
  });
}

void Session::keep(const http::Exchange& exchange) {
  http::Exchange kept = exchange;
  cut(kept.request.body);
  if (kept.response) {
    cut(kept.response->body, binary(*kept.response) ? kBinaryEvidenceLimit : kEvidenceBodyLimit);
  }
  evidence_.push_back(std::move(kept));
}

void Session::add_evidence(const std::vector<http::Exchange>& exchanges) {
  for (const http::Exchange& exchange : exchanges) keep(exchange);
}

std::vector<http::Exchange> Session::take_evidence() {
  return std::exchange(evidence_, {});
}

namespace {

int suite_runs_so_far = 0;

class SuiteRunCounter : public ::testing::EmptyTestEventListener {
  void OnTestSuiteStart(const ::testing::TestSuite&) override { ++suite_runs_so_far; }
};

}  // namespace

void open_session(Settings settings) {
  current() = std::make_unique<Session>(std::move(settings));
  static const bool counting = [] {
    ::testing::UnitTest::GetInstance()->listeners().Append(new SuiteRunCounter);
    return true;
  }();
  (void)counting;
}

int suite_runs() {
  return suite_runs_so_far;
}

void close_session() {
  current().reset();
}

Session& session() {
  if (!current()) throw std::logic_error("no target session was opened");
  return *current();
}

}  // namespace ucwa::bridge
