#include "http/multi_client.hpp"

#include <curl/curl.h>

#include <deque>
#include <stdexcept>
#include <utility>
#include <vector>

#include "http/easy_transfer.hpp"
#include "http/request_guard.hpp"

namespace ucwa::http {

namespace {

// One request on its way: curl reads the request's strings until the transfer ends.
struct Transfer {
  EasyTransfer easy;
  MultiClient::Id id = 0;
  Request request;
  MultiClient::Done done;
};

}  // namespace

struct MultiClient::Impl {
  ClientOptions options;
  CURLM* multi = nullptr;
  std::vector<std::unique_ptr<Transfer>> transfers;  // every one made, idle or running
  std::vector<Transfer*> idle;                       // their handles keep their caches
  std::size_t running = 0;
  struct Refused {
    Id id;
    Exchange exchange;
    Done done;
  };
  std::deque<Refused> refused;  // completed at the next poll
  Id last_id = 0;

  explicit Impl(ClientOptions client_options) : options(std::move(client_options)) {
    initialise_curl_once();
    multi = curl_multi_init();
    if (multi == nullptr) throw std::runtime_error("curl_multi_init failed");
  }

  ~Impl() {
    for (const auto& transfer : transfers) curl_multi_remove_handle(multi, transfer->easy.handle());
    transfers.clear();
    curl_multi_cleanup(multi);
  }

  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  Transfer& take_idle() {
    if (idle.empty()) {
      transfers.push_back(std::make_unique<Transfer>());
      idle.push_back(transfers.back().get());
    }
    Transfer* transfer = idle.back();
    idle.pop_back();
    return *transfer;
  }

  Id start(Request request, Done done) {
    const Id id = ++last_id;
    if (auto refused_now = refusal_of(request, options)) {
      Exchange exchange;
      exchange.failure = refused_now->failure;
      exchange.failure_detail = std::move(refused_now->detail);
      exchange.request = std::move(request);
      refused.push_back({id, std::move(exchange), std::move(done)});
      return id;
    }
    Transfer& transfer = take_idle();
    transfer.id = id;
    transfer.request = std::move(request);
    transfer.done = std::move(done);
    transfer.easy.prepare(transfer.request, options, options.timeout);
    curl_easy_setopt(transfer.easy.handle(), CURLOPT_PRIVATE, &transfer);
    const CURLMcode added = curl_multi_add_handle(multi, transfer.easy.handle());
    if (added != CURLM_OK) {
      Exchange exchange = transfer.easy.finish(CURLE_FAILED_INIT);
      exchange.failure = TransportFailure::other;
      exchange.failure_detail = std::string("curl_multi_add_handle: ") + curl_multi_strerror(added);
      exchange.request = std::move(transfer.request);
      refused.push_back({id, std::move(exchange), std::move(transfer.done)});
      transfer.id = 0;
      idle.push_back(&transfer);
      return id;
    }
    ++running;
    return id;
  }

  void cancel(Id id) {
    for (auto at = refused.begin(); at != refused.end(); ++at) {
      if (at->id != id) continue;
      refused.erase(at);
      return;
    }
    for (const auto& transfer : transfers) {
      if (transfer->id != id) continue;
      // Removing a transfer mid-way closes its connection: the server sees the GET let go.
      curl_multi_remove_handle(multi, transfer->easy.handle());
      --running;
      transfer->easy.finish(CURLE_ABORTED_BY_CALLBACK);  // frees what prepare() made
      transfer->done = nullptr;
      transfer->id = 0;
      idle.push_back(transfer.get());
      return;
    }
  }

  // Hands every transfer curl reports done to its `done`; true when there was one.
  bool complete_finished() {
    std::vector<std::pair<Exchange, Done>> finished;
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
      if (message->msg != CURLMSG_DONE) continue;
      Transfer* transfer = nullptr;
      curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
      const CURLcode code = message->data.result;
      curl_multi_remove_handle(multi, transfer->easy.handle());
      --running;
      Exchange exchange = transfer->easy.finish(code);
      curl_off_t total = 0;
      curl_easy_getinfo(transfer->easy.handle(), CURLINFO_TOTAL_TIME_T, &total);
      exchange.elapsed = std::chrono::microseconds(total);
      exchange.request = std::move(transfer->request);
      finished.emplace_back(std::move(exchange), std::move(transfer->done));
      transfer->done = nullptr;
      transfer->id = 0;
      idle.push_back(transfer);
    }
    // Called only now, so that a `done` starting a request cannot disturb curl's message queue.
    for (auto& [exchange, done] : finished) done(std::move(exchange));
    return !finished.empty();
  }

  void poll(std::chrono::milliseconds wait) {
    if (!refused.empty()) {
      auto now = std::move(refused);
      refused.clear();
      for (auto& [id, exchange, done] : now) done(std::move(exchange));
      return;
    }
    if (running == 0) return;
    int still_running = 0;
    curl_multi_perform(multi, &still_running);
    if (complete_finished()) return;
    curl_multi_poll(multi, nullptr, 0, static_cast<int>(wait.count()), nullptr);
    curl_multi_perform(multi, &still_running);
    complete_finished();
  }
};

MultiClient::MultiClient(ClientOptions options)
    : impl_(std::make_unique<Impl>(std::move(options))) {}
MultiClient::~MultiClient() = default;

MultiClient::Id MultiClient::start(Request request, Done done) {
  return impl_->start(std::move(request), std::move(done));
}

void MultiClient::cancel(Id id) {
  impl_->cancel(id);
}

void MultiClient::poll(std::chrono::milliseconds wait) {
  impl_->poll(wait);
}

std::size_t MultiClient::in_flight() const {
  return impl_->running + impl_->refused.size();
}

}  // namespace ucwa::http
