#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include "bridge/conformance_test.hpp"
#include "check/channel.hpp"

namespace ucwa::bridge {

// A test of what the event channel says about an escalation, or of the channel itself. Each
// reads the channel of its own fresh conversation (docs/control-api.md: `events`); a target
// whose conversations come without `events` has every such test skipped with that reason.
class ChannelTest : public EscalationTest {
 protected:
  // Escalates with a pending GET already held on the channel, then reads on (next, resume,
  // resync) until the invitation's completed event or --event-wait-ms.
  check::Channel escalate_watching(const EscalationRequest& request = {});
  // An escalation refused for want of sessionContext, then an ordinary one, watched.
  check::Channel escalate_after_refusal();
  // Reads only the first batch after the escalation, then asks for it again with the same ack.
  check::Channel ask_same_ack_again();

  // After the batch that completed the invitation, its next and a second GET with the same ack
  // at once: one is held, the other released with PGetReplaced; neither may bring an
  // acknowledged event back.
  void follow_next_twice(check::Channel& channel);
  // The channel's href with its ack a billion past the latest.
  void ask_out_of_range(check::Channel& channel);

  // The escalation this suite's tests of one format share, watched once per run of the suite
  // (with `condition` armed first, when given): those clauses judge the same observation, so
  // one watch serves them and the run's reports stay small. Empty when the condition could not
  // be armed (the test is then settled as not provoked).
  std::optional<check::Channel> shared_watch(std::string_view condition = {});
  // Judges the channel; a test that fails on a watch it did not make itself gets that watch's
  // exchanges as its evidence too.
  ::testing::AssertionResult Judge(const check::Channel& channel);

  // Arms a control API condition for the next escalation; false (the test settled as not
  // provoked, or given up) when the target cannot.
  bool arm(std::string_view condition);

 private:
  // Holds a pending GET on the channel while `escalate_in` escalates (setting the channel's
  // escalation), then reads until the invitation completes or --event-wait-ms.
  check::Channel watch(const std::function<void(check::Channel&)>& escalate_in);

  bool borrowed_ = false;  // judged on a watch another test made
};

}  // namespace ucwa::bridge
