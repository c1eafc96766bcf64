#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "http/client.hpp"
#include "model/events.hpp"
#include "model/format.hpp"
#include "target/profile.hpp"

namespace ucwa::target {

// One answer of the event channel, and the batch it holds when it is one.
struct ChannelAnswer {
  http::Exchange exchange;
  std::optional<model::EventsBatch> batch;  // a 200 read as events (defects are the checks' job)
};

// A 409 Conflict / PGetReplaced that the harness did not cause (another client of the same
// application) is asked again this many times before the reader gives up.
inline constexpr int kReplacedRetries = 3;

// Reads an application's event channel as a UCWA client must (EventChannelDetails.md): a
// pending GET on the href the server gave, then `next` (or `resume`, or `resync` when told) for
// each later batch, never editing `ack`. It reads on its own thread and connection, so that a GET
// is already held while the test escalates: an event that comes before the 201 is not lost.
class ChannelReader {
 public:
  ChannelReader(const Profile& profile, model::Format format, std::string href);
  ~ChannelReader();  // stops reading
  ChannelReader(const ChannelReader&) = delete;
  ChannelReader& operator=(const ChannelReader&) = delete;

  // Waits until `enough` holds for the answers so far, or `deadline`, or the reader can go no
  // further (an error answer, a batch without next); says whether `enough` held.
  bool wait_until(const std::function<bool(const std::vector<ChannelAnswer>&)>& enough,
                  std::chrono::steady_clock::time_point deadline);

  // Stops reading, cutting short a GET still held, and gives every answer in order (the cut
  // GET included, as interrupted).
  std::vector<ChannelAnswer> stop();

 private:
  void read_on();
  std::optional<std::string> href_after(const ChannelAnswer& answer, int& replaced);

  const Profile& profile_;
  model::Format format_;
  std::string href_;
  http::Client client_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<ChannelAnswer> answers_;
  bool finished_ = false;  // the reader went as far as it could
  bool stopping_ = false;
  std::thread thread_;
};

// A GET of a channel href asking for events in `format`, with the run's token.
http::Request channel_request(const Profile& profile, model::Format format,
                              const std::string& href);

// A 409 whose UCWA error says PGetReplaced: a newer pending GET on the same channel took this
// one's place (EventChannelDetails.md).
bool pget_replaced(const http::Exchange& exchange, model::Format format);

// A 200's body read as events, in the format its Content-Type names (else `format`); nothing for
// any other answer or a body that cannot be read.
std::optional<model::EventsBatch> batch_of(const http::Exchange& exchange, model::Format format);

// One GET of a channel href with the test's format and the run's token, on `client` (the probes
// of the channel's own rules: the same ack again, an ack out of range).
ChannelAnswer get_channel(const Profile& profile, http::Client& client, model::Format format,
                          const std::string& href);

// The href with its `ack` query parameter replaced (the probe of an ack out of range); empty when
// the href has no ack.
std::optional<std::string> with_ack(const std::string& href, long long ack);
std::optional<long long> ack_of(const std::string& href);

}  // namespace ucwa::target
