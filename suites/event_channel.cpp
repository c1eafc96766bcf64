// The event channel itself, as every UCWA client reads it: its shape, ack and next, resync, and
// PGetReplaced (EventChannelDetails.md).
#include "bridge/channel_test.hpp"
#include "bridge/satisfies.hpp"

namespace ucwa::suites {

class EventChannel : public bridge::ChannelTest {};

// Every answer of the event channel has the documented shape (JSON: _links.self, next, resume or
// resync, sender[] of rel, href and events[]; XML: <events href> in the UCWA namespace, <link
// rel="next">, <sender>, event elements named after their type).
CONFORMANCE_TEST(EventChannel, AnswersHaveTheDocumentedShape, EVT_12) {
  EXPECT_TRUE(Judge(*shared_watch()));
}

// Following next never brings an acknowledged event back.
CONFORMANCE_TEST(EventChannel, NextNeverBringsAnEventBack, EVT_13) {
  check::Channel channel = *shared_watch();
  follow_next_twice(channel);
  EXPECT_TRUE(Judge(channel));
}

// Asking again with the same ack brings the same events.
CONFORMANCE_TEST(EventChannel, SameAckBringsTheSameEvents, EVT_14) {
  EXPECT_TRUE(Judge(ask_same_ack_again()));
}

// An ack out of range is answered with a resync link alone.
CONFORMANCE_TEST(EventChannel, AckOutOfRangeResyncs, EVT_15) {
  check::Channel channel = *shared_watch();
  ask_out_of_range(channel);
  EXPECT_TRUE(Judge(channel));
}

// A second pending GET with the same ack releases the first with 409 Conflict, subcode
// PGetReplaced.
CONFORMANCE_TEST(EventChannel, SecondPendingGetReplacesTheFirst, EVT_16) {
  check::Channel channel = *shared_watch();
  follow_next_twice(channel);
  EXPECT_TRUE(Judge(channel));
}

}  // namespace ucwa::suites
