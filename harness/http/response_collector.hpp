#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "http/exchange.hpp"

namespace ucwa::http {

// Gathers one response from curl's header and body callbacks: only the final header block
// (interim 1xx blocks are dropped) and a body no bigger than the cap.
class ResponseCollector {
 public:
  void begin(std::size_t max_body_bytes, bool head_request);

  // One raw header line as curl hands it over, line end included. False: stop the transfer.
  bool add_header_line(std::string_view line);
  // False: the body would pass the cap, stop the transfer.
  bool add_body(std::string_view data);

  bool too_large() const { return !too_large_detail_.empty(); }
  const std::string& too_large_detail() const { return too_large_detail_; }
  Headers take_headers() { return std::move(headers_); }
  std::string take_body() { return std::move(body_); }

 private:
  bool body_expected() const;
  void refuse(std::string_view what);

  std::size_t max_body_bytes_ = 0;
  bool head_request_ = false;
  int status_ = 0;
  Headers headers_;
  std::string body_;
  std::string too_large_detail_;
};

}  // namespace ucwa::http
