#include "bridge/session.hpp"

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

void cut(std::string& body) {
  if (body.size() <= kEvidenceBodyLimit) return;
  const std::size_t size = body.size();
  body.resize(kEvidenceBodyLimit);
  body += "\n[... cut: " + std::to_string(size) + " bytes in all]";
}

}  // namespace

Session::Session(Settings settings)
    : settings_(std::move(settings)), client_(settings_.profile.client) {
  if (settings_.profile.token) secrets_.push_back(*settings_.profile.token);
  client_.observe([this](const http::Exchange& exchange) {
    http::Exchange kept = exchange;
    cut(kept.request.body);
    if (kept.response) cut(kept.response->body);
    evidence_.push_back(std::move(kept));
  });
}

std::vector<http::Exchange> Session::take_evidence() {
  return std::exchange(evidence_, {});
}

void open_session(Settings settings) {
  current() = std::make_unique<Session>(std::move(settings));
}

void close_session() {
  current().reset();
}

Session& session() {
  if (!current()) throw std::logic_error("no target session was opened");
  return *current();
}

}  // namespace ucwa::bridge
