#pragma once

// One answer of the event channel (EventChannelDetails.md, EventsInUCWA.md), read from JSON or
// XML into the same shape. Nothing past the readers knows which format it came in.

#include <optional>
#include <string>
#include <vector>

#include "model/reason.hpp"
#include "model/resource.hpp"

namespace ucwa::model {

// A link of an event: its target (JSON "link", XML the event element's rel/href) or the
// collection it joined or left (JSON "in", XML <in rel href>).
struct EventLink {
  std::string rel;
  std::string href;
  std::optional<std::string> title;
};

struct Event {
  // JSON "type"; XML the event element's name: added, updated, deleted (resources), started,
  // updated, completed (operations); anything else is kept as sent.
  std::string type;
  std::optional<EventLink> link;
  std::optional<EventLink> in;
  // JSON "_embedded": {rel: resource}; XML child <resource rel href>. Each keeps its rel.
  std::vector<Resource> embedded;
  std::optional<std::string> status;  // "Success", "Failure" (JSON "status", XML status attribute)
  std::optional<Reason> reason;       // JSON "reason" object, XML child <reason>
  std::string location;               // "/sender/0/events/2", "/events/sender[1]/completed[1]"
};

struct Sender {
  std::string rel;
  std::string href;
  std::vector<Event> events;
  std::string location;
};

// A batch (one P-GET answer). `resync` alone is the whole answer for an ack out of range.
struct EventsBatch {
  std::optional<std::string> self;  // JSON _links.self.href, XML events@href
  std::optional<std::string> next;
  std::optional<std::string> resume;  // next, after the server reset the channel
  std::optional<std::string> resync;  // the ack was out of range: start again from here
  std::vector<Sender> senders;        // in the order sent; one sender may appear more than once
};

}  // namespace ucwa::model
