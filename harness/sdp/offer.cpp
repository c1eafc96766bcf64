#include "sdp/offer.hpp"

#include <initializer_list>
#include <string_view>

namespace ucwa::sdp {
namespace {

void add_lines(std::string& text, std::initializer_list<std::string_view> lines) {
  for (const auto line : lines) {
    text += line;
    text += "\r\n";
  }
}

}  // namespace

std::string build_offer(const OfferOptions& options) {
  const std::string address_type = options.address.find(':') == std::string::npos ? "IP4 " : "IP6 ";
  const std::string address = address_type + options.address;
  std::string text;
  add_lines(text, {"v=0", "o=- " + std::to_string(options.session_id) + " 1 IN " + address,
                   "s=ucwa-conform", "c=IN " + address, "t=0 0"});
  if (options.audio) {
    add_lines(text, {"m=audio 50000 RTP/AVP 0 101", "a=rtpmap:0 PCMU/8000",
                     "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-15", "a=sendrecv"});
  }
  if (options.video) {
    add_lines(text, {"m=video 50002 RTP/AVP 96", "a=rtpmap:96 H264/90000",
                     "a=fmtp:96 profile-level-id=42e01f", "a=sendrecv"});
  }
  return text;
}

}  // namespace ucwa::sdp
