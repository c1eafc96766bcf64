#pragma once

#include <curl/curl.h>

#include <chrono>

#include "http/client.hpp"
#include "http/exchange.hpp"
#include "http/response_collector.hpp"

namespace ucwa::http {

// One libcurl easy handle and what a transfer on it needs (the response collector, curl's error
// text, the header list), set up the same way for http::Client and http::MultiClient: the whole
// exchange bounded by one time limit, redirects never followed, http and https only.
class EasyTransfer {
 public:
  EasyTransfer();  // throws std::runtime_error when curl cannot make a handle
  ~EasyTransfer();
  EasyTransfer(const EasyTransfer&) = delete;
  EasyTransfer& operator=(const EasyTransfer&) = delete;

  CURL* handle() const { return handle_; }

  // Sets the handle up for `request`, which must stay alive and unchanged until finish():
  // curl reads its strings during the transfer. `time` bounds the exchange (at least 1 ms).
  void prepare(const Request& request, const ClientOptions& options,
               std::chrono::milliseconds time);
  // What the transfer came to once curl reports `code`, without the request (the caller moves
  // it in). Frees what prepare() made.
  Exchange finish(CURLcode code);

 private:
  CURL* handle_ = nullptr;
  char error_buffer_[CURL_ERROR_SIZE] = {};
  ResponseCollector collector_;
  curl_slist* headers_ = nullptr;
};

// Makes sure curl_global_init ran once; throws std::runtime_error when it failed.
void initialise_curl_once();

}  // namespace ucwa::http
