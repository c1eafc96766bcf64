#include "http/easy_transfer.hpp"

#include <stdexcept>
#include <string>

#include "http/curl_failure.hpp"

namespace ucwa::http {

namespace {

// Methods whose request normally carries a body get "Content-Length: 0" even when it is empty.
bool sends_body(const Request& request) {
  return !request.body.empty() || request.method == "POST" || request.method == "PUT" ||
         request.method == "PATCH";
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* collector) {
  const std::size_t length = size * count;
  return static_cast<ResponseCollector*>(collector)->add_header_line({data, length}) ? length : 0;
}

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* collector) {
  const std::size_t length = size * count;
  return static_cast<ResponseCollector*>(collector)->add_body({data, length}) ? length : 0;
}

curl_slist* header_list(const Request& request) {
  curl_slist* list = nullptr;
  auto append = [&list](const std::string& line) {
    if (curl_slist* longer = curl_slist_append(list, line.c_str())) list = longer;
  };
  for (const auto& header : request.headers) {
    // "Name;" is curl's spelling of a header sent with an empty value.
    append(header.value.empty() ? header.name + ";" : header.name + ": " + header.value);
  }
  // "Name:" removes a header curl would otherwise add on its own.
  if (!find_header(request.headers, "Expect")) append("Expect:");
  if (!find_header(request.headers, "Content-Type")) append("Content-Type:");
  return list;
}

}  // namespace

void initialise_curl_once() {
  static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (result != CURLE_OK) {
    throw std::runtime_error(std::string("curl_global_init failed: ") + curl_easy_strerror(result));
  }
}

EasyTransfer::EasyTransfer() {
  initialise_curl_once();
  handle_ = curl_easy_init();
  if (handle_ == nullptr) throw std::runtime_error("curl_easy_init failed");
}

EasyTransfer::~EasyTransfer() {
  curl_slist_free_all(headers_);
  curl_easy_cleanup(handle_);
}

void EasyTransfer::prepare(const Request& request, const ClientOptions& options,
                           std::chrono::milliseconds time) {
  collector_.begin(options.max_response_bytes, request.method == "HEAD");
  error_buffer_[0] = '\0';
  // curl_easy_reset keeps live connections and caches, so keep-alive survives it.
  curl_easy_reset(handle_);
  // CURLOPT_TIMEOUT_MS bounds the whole transfer, not only its silences.
  const auto timeout = static_cast<long>(time.count());
  curl_easy_setopt(handle_, CURLOPT_ERRORBUFFER, error_buffer_);
  curl_easy_setopt(handle_, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle_, CURLOPT_TIMEOUT_MS, timeout);
  curl_easy_setopt(handle_, CURLOPT_CONNECTTIMEOUT_MS, timeout);
  curl_easy_setopt(handle_, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(handle_, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle_, CURLOPT_HEADERFUNCTION, &on_header);
  curl_easy_setopt(handle_, CURLOPT_HEADERDATA, &collector_);
  curl_easy_setopt(handle_, CURLOPT_WRITEFUNCTION, &on_body);
  curl_easy_setopt(handle_, CURLOPT_WRITEDATA, &collector_);
  if (!options.ca_file.empty()) curl_easy_setopt(handle_, CURLOPT_CAINFO, options.ca_file.c_str());
  if (options.insecure) {
    curl_easy_setopt(handle_, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(handle_, CURLOPT_SSL_VERIFYHOST, 0L);
  }

  // The order matters: NOBODY, then POSTFIELDS, then CUSTOMREQUEST (a HEAD may carry a body).
  curl_easy_setopt(handle_, CURLOPT_URL, request.url.c_str());
  const bool with_body = sends_body(request);
  if (request.method == "HEAD") curl_easy_setopt(handle_, CURLOPT_NOBODY, 1L);
  if (with_body) {
    curl_easy_setopt(handle_, CURLOPT_POSTFIELDSIZE_LARGE,
                     static_cast<curl_off_t>(request.body.size()));
    curl_easy_setopt(handle_, CURLOPT_POSTFIELDS, request.body.data());
  }
  const bool natural = (request.method == "GET" && !with_body) ||
                       (request.method == "HEAD" && !with_body) ||
                       (request.method == "POST" && with_body);
  if (!natural) curl_easy_setopt(handle_, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  curl_slist_free_all(headers_);
  headers_ = header_list(request);
  curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, headers_);
}

Exchange EasyTransfer::finish(CURLcode code) {
  curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, nullptr);
  curl_slist_free_all(headers_);
  headers_ = nullptr;
  Exchange exchange;
  if (collector_.too_large()) {
    exchange.failure = TransportFailure::response_too_large;
    exchange.failure_detail = collector_.too_large_detail();
  } else if (code != CURLE_OK) {
    exchange.failure = failure_of(code);
    exchange.failure_detail = error_buffer_[0] != '\0' ? error_buffer_ : curl_easy_strerror(code);
    exchange.failure_hint = hint_for(code, exchange.failure_detail);
  } else {
    long status = 0;
    curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &status);
    exchange.response =
        Response{static_cast<int>(status), collector_.take_headers(), collector_.take_body()};
  }
  return exchange;
}

}  // namespace ucwa::http
