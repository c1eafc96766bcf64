#pragma once

// Reading the reference server's event channel in its tests: one answer, JSON or XML, in one
// shape, and the fixture that starts a server for them.

#include <httplib.h>

#include <future>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace ucwa::reference::testing {

struct ReadEvent {
  std::string sender_rel;
  std::string sender_href;
  std::string type;
  std::string rel;
  std::string href;
  std::optional<std::string> title;
  std::optional<std::string> in_rel;
  std::optional<std::string> status;
  std::optional<ErrorBody> reason;
  // The embedded resource, when there is one: its rel (where it stands), self, string
  // properties and single links.
  bool embedded = false;
  std::string embedded_rel;
  std::string embedded_self;
  std::map<std::string, std::string> properties;
  std::map<std::string, std::string> links;
};

struct ReadAnswer {
  int status = 0;
  std::string content_type;
  std::string body;
  std::optional<std::string> self;
  std::optional<std::string> next;
  std::optional<std::string> resync;
  bool has_senders = false;  // JSON "sender" / any XML <sender>
  std::size_t sender_blocks = 0;
  std::vector<ReadEvent> events;  // in order, across sender blocks
};

// The answer to a request of the channel (a failed request reads as status 0).
ReadAnswer read_answer(const httplib::Result& result, Wire wire);

// The Accept of the channel for a format: JSON, or the vendor XML type events need.
const char* channel_accept(Wire wire);

// The ack of an events href.
std::string ack_of(const std::string& href);
// The href with its ack replaced.
std::string with_ack(const std::string& href, const std::string& ack);

// The SDP of a base64 data URI (empty when it is none).
std::string sdp_of(const std::string& data_uri);

class EventChannelTest : public ServerTest {
 protected:
  EventChannelTest() { options_.event_hold_ms = kLongHold; }

  // Holds are long unless a test shortens them: a request answered empty means it was released.
  static constexpr int kLongHold = 1800000;

  // Stops the server and starts a new one with options_.
  void restart() {
    TearDown();
    SetUp();
  }

  // GET of an events href on a connection of its own, in the background.
  std::future<ReadAnswer> pending_get(const std::string& href, Wire wire,
                                      const std::string& token = kToken);
  ReadAnswer get(const std::string& href, Wire wire, const std::string& token = kToken);

  // Returns once a request with the ack of `href` is held. A request of lower priority is
  // refused 409 while one is held, and replaced (409 too) by one arriving after it.
  void wait_until_held(const std::string& href);

  // A fresh conversation, a request held on its channel, an escalation answered 201: the
  // answer the held request got.
  ReadAnswer escalate_and_read(Wire wire, const std::string& condition = {});
};

}  // namespace ucwa::reference::testing
