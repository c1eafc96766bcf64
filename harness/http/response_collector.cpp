#include "http/response_collector.hpp"

#include <charconv>
#include <system_error>

#include "text/ascii.hpp"

namespace ucwa::http {
namespace {

// Header lines come with their CRLF.
std::string_view trim(std::string_view text) {
  return text::trim(text, " \t\r\n");
}

bool is_content_length(std::string_view name) {
  return text::equals_ignoring_case(name, "content-length");
}

int status_of(std::string_view status_line) {
  int status = 0;
  const auto space = status_line.find(' ');
  if (space == std::string_view::npos) return 0;
  const auto code = status_line.substr(space + 1, 3);
  std::from_chars(code.data(), code.data() + code.size(), status);
  return status;
}

}  // namespace

void ResponseCollector::begin(std::size_t max_body_bytes, bool head_request) {
  max_body_bytes_ = max_body_bytes;
  head_request_ = head_request;
  status_ = 0;
  headers_.clear();
  body_.clear();
  too_large_detail_.clear();
}

bool ResponseCollector::add_header_line(std::string_view line) {
  if (line.starts_with("HTTP/")) {
    // Every status line, interim 1xx included, starts a fresh header block.
    headers_.clear();
    status_ = status_of(line);
    return true;
  }
  if (trim(line).empty()) return true;
  if ((line.front() == ' ' || line.front() == '\t') && !headers_.empty()) {
    (headers_.back().value += ' ') += trim(line);  // obsolete line folding
    return true;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return true;
  Header header{std::string(trim(line.substr(0, colon))),
                std::string(trim(line.substr(colon + 1)))};
  if (body_expected() && is_content_length(header.name)) {
    unsigned long long announced = 0;
    const auto& text = header.value;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), announced);
    if (result.ec == std::errc::result_out_of_range ||
        (result.ec == std::errc{} && announced > max_body_bytes_)) {
      refuse("Content-Length " + text);
      return false;
    }
  }
  headers_.push_back(std::move(header));
  return true;
}

bool ResponseCollector::add_body(std::string_view data) {
  if (data.size() > max_body_bytes_ - body_.size()) {
    refuse("response body");
    return false;
  }
  body_ += data;
  return true;
}

bool ResponseCollector::body_expected() const {
  return !head_request_ && status_ >= 200 && status_ != 204 && status_ != 304;
}

void ResponseCollector::refuse(std::string_view what) {
  too_large_detail_ = std::string(what) + " exceeds the response cap of " +
                      std::to_string(max_body_bytes_) + " bytes";
}

}  // namespace ucwa::http
