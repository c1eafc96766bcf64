#include "bridge/session.hpp"

#include <stdexcept>

namespace ucwa::bridge {

namespace {
std::unique_ptr<Session>& current() {
  static std::unique_ptr<Session> session;
  return session;
}
}  // namespace

Session::Session(Settings settings)
    : settings_(std::move(settings)), client_(settings_.profile.client) {}

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
