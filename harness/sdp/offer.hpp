#pragma once

#include <cstdint>
#include <string>

namespace ucwa::sdp {

struct OfferOptions {
  bool audio = true;
  bool video = true;
  std::string address = "127.0.0.1";
  std::uint64_t session_id = 1;
};

// An RFC 8866 offer with CRLF line ends: one m=audio (PCMU, telephone-event) and one
// m=video (H264) section, as escalateAudioVideo asks for both modalities.
std::string build_offer(const OfferOptions& options = {});

}  // namespace ucwa::sdp
