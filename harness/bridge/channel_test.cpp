#include "bridge/channel_test.hpp"

#include <condition_variable>
#include <functional>
#include <future>
#include <map>
#include <mutex>

#include "bridge/satisfies.hpp"
#include "bridge/session.hpp"
#include "check/event_trail.hpp"
#include "target/event_channel.hpp"

namespace ucwa::bridge {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kNoChannel =
    "the target has no event channel: its control API's conversation came without `events`";

std::vector<http::Exchange> exchanges_of(const std::vector<target::ChannelAnswer>& answers) {
  std::vector<http::Exchange> exchanges;
  exchanges.reserve(answers.size());
  for (const target::ChannelAnswer& answer : answers) exchanges.push_back(answer.exchange);
  return exchanges;
}

bool created(const check::Escalation& escalation) {
  return escalation.exchange.answered() && escalation.exchange.response->status == 201;
}

// A connection of its own for a probe of the channel, bounded by the event wait.
http::Client probe_client() {
  const Settings& settings = session().settings();
  http::ClientOptions options = target::client_options(settings.profile);
  options.timeout = std::min(options.timeout, settings.event_wait);
  return http::Client(options);
}

// A watch shared by the tests of one suite and format, and the suite run it belongs to.
struct SharedWatch {
  int suite_run = -1;
  check::Channel channel;
};

std::map<std::string, SharedWatch>& shared_watches() {
  static std::map<std::string, SharedWatch> watches;
  return watches;
}

std::vector<http::Exchange> exchanges_of(const check::Channel& channel) {
  std::vector<http::Exchange> all;
  if (channel.refused) all.push_back(channel.refused->exchange);
  all.push_back(channel.escalation.exchange);
  all.insert(all.end(), channel.reads.begin(), channel.reads.end());
  return all;
}

// The reader goes on to `next` as soon as a batch comes, so what it read after the batch that
// completed the invitation depends on timing: that is evidence, and EVT-13's probe judges it,
// but the watch itself ends at the completed batch.
void keep_reads_until_completed(check::Channel& channel) {
  std::optional<std::size_t> last;
  {
    const check::Trail trail(channel.reads, channel.requested, channel.escalation);
    if (const check::InvitationEvent* completed = trail.completed()) last = completed->read;
  }
  if (last) channel.reads.resize(*last + 1);
}

}  // namespace

std::optional<check::Channel> ChannelTest::shared_watch(std::string_view condition) {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string key = std::string(test ? test->test_suite_name() : "") + "/" +
                          std::string(model::to_string(format())) + "/" + std::string(condition);
  SharedWatch& watch = shared_watches()[key];
  if (watch.suite_run == suite_runs()) {
    borrowed_ = true;
    return watch.channel;
  }
  if (!condition.empty() && !arm(condition)) return std::nullopt;
  watch.channel = escalate_watching();
  watch.suite_run = suite_runs();
  borrowed_ = false;
  return watch.channel;
}

::testing::AssertionResult ChannelTest::Judge(const check::Channel& channel) {
  ::testing::AssertionResult result = Satisfies(channel);
  if (!result && borrowed_) session().add_evidence(exchanges_of(channel));
  return result;
}

bool ChannelTest::arm(std::string_view condition) {
  // Without a channel the test is skipped for that reason: nothing to arm.
  if (!conversation.events) return true;
  auto armed = session().control().set_condition(conversation.conversation, condition);
  if (!armed.unavailable) return true;
  give_up(*armed.unavailable);
  return false;
}

check::Channel ChannelTest::watch(const std::function<void(check::Channel&)>& escalate_in) {
  check::Channel channel;
  channel.requested = format();
  if (!conversation.events) {
    channel.no_channel = kNoChannel;
    return channel;
  }
  const Settings& settings = session().settings();
  target::ChannelReader reader(settings.profile, format(), *conversation.events);
  const auto started = Clock::now();
  escalate_in(channel);
  bool completed = false;
  if (created(channel.escalation)) {
    completed = reader.wait_until(
        [&](const std::vector<target::ChannelAnswer>& answers) {
          return check::invitation_completed(exchanges_of(answers), format(), channel.escalation);
        },
        started + settings.event_wait);
  }
  // A wait that ran out is said as the wait it was given, not as the clock read it.
  channel.wait = completed
                     ? std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started)
                     : settings.event_wait;
  channel.reads = exchanges_of(reader.stop());
  session().add_evidence(channel.reads);
  keep_reads_until_completed(channel);
  return channel;
}

check::Channel ChannelTest::escalate_watching(const EscalationRequest& request) {
  return watch([&](check::Channel& channel) { channel.escalation = escalate(request); });
}

check::Channel ChannelTest::escalate_after_refusal() {
  return watch([&](check::Channel& channel) {
    EscalationRequest refused;
    refused.session_context.reset();
    channel.refused = escalate(refused);
    channel.escalation = escalate();
  });
}

check::Channel ChannelTest::ask_same_ack_again() {
  check::Channel channel;
  channel.requested = format();
  if (!conversation.events) {
    channel.no_channel = kNoChannel;
    return channel;
  }
  const Settings& settings = session().settings();
  http::Client client = probe_client();
  const std::string href = session().ucwa().absolute(*conversation.events);
  // The GET goes out first and is held while the escalation is sent, as a client's would be.
  auto first = std::async(std::launch::async, [&] {
    return target::get_channel(settings.profile, client, format(), href);
  });
  const auto started = Clock::now();
  channel.escalation = escalate();
  channel.reads.push_back(first.get().exchange);
  channel.wait = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
  channel.same_ack_of = 0;
  channel.same_ack_again = target::get_channel(settings.profile, client, format(), href).exchange;
  session().add_evidence(channel.reads);
  session().add_evidence({*channel.same_ack_again});
  return channel;
}

void ChannelTest::follow_next_twice(check::Channel& channel) {
  if (channel.no_channel) return;
  const check::Trail trail(channel.reads, channel.requested, channel.escalation);
  const check::InvitationEvent* completed = trail.completed();
  if (!completed) return;
  std::optional<std::string> next;
  for (const check::ReadBatch& read : trail.batches()) {
    if (read.read != completed->read || !read.batch.value) continue;
    const model::EventsBatch& batch = *read.batch.value;
    if (const auto& onward = batch.next ? batch.next : batch.resume)
      next = check::resolved(*read.exchange, *onward);
  }
  if (!next) return;
  const Settings& settings = session().settings();
  http::Client first_client = probe_client();
  http::Client second_client = probe_client();
  std::mutex mutex;
  std::condition_variable answered;
  int done = 0;
  auto pending = [&](http::Client& client) {
    target::ChannelAnswer answer = target::get_channel(settings.profile, client, format(), *next);
    std::lock_guard lock(mutex);
    ++done;
    answered.notify_all();
    return answer.exchange;
  };
  auto first = std::async(std::launch::async, [&] { return pending(first_client); });
  auto second = std::async(std::launch::async, [&] { return pending(second_client); });
  {
    // One of the two is released at once (PGetReplaced), or brings events back; the other is
    // held until the server has more, which the test does not wait for.
    std::unique_lock lock(mutex);
    answered.wait_until(lock, Clock::now() + settings.event_wait, [&] { return done > 0; });
  }
  first_client.interrupt();
  second_client.interrupt();
  channel.first_pending = first.get();
  channel.second_pending = second.get();
  channel.after_completed = {*channel.first_pending, *channel.second_pending};
  session().add_evidence(channel.after_completed);
}

void ChannelTest::ask_out_of_range(check::Channel& channel) {
  if (channel.no_channel || channel.reads.empty()) return;
  // The channel the escalation was watched on (a shared watch's conversation is not this test's).
  const std::string href = channel.reads.front().request.url;
  const std::optional<long long> ack = target::ack_of(href);
  if (!ack) return;
  http::Client client = probe_client();
  channel.out_of_range = target::get_channel(session().settings().profile, client, format(),
                                             *target::with_ack(href, *ack + 1000000000LL))
                             .exchange;
  session().add_evidence({*channel.out_of_range});
}

}  // namespace ucwa::bridge
