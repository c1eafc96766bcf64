#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ucwa::sdp {

struct Media {
  std::string kind;  // "audio", "video", ...
  unsigned port = 0;
  std::string protocol;  // "RTP/AVP"
  std::vector<std::string> formats;
};

struct Description {
  std::string origin_address;
  std::string session_name;
  std::vector<Media> media;

  bool has_media(std::string_view kind) const;
};

struct Parsed {
  std::optional<Description> description;
  std::string error;  // sofia-sip's message when description is empty
};

// Bounds on the text handed to sofia-sip. An SDP offer or answer is a few dozen lines of well
// under a hundred bytes; ICE candidates and crypto lines stay far below these.
inline constexpr std::size_t max_sdp_bytes = 64 * 1024;
inline constexpr std::size_t max_sdp_lines = 1024;
inline constexpr std::size_t max_sdp_line_bytes = 4096;

// Parses with sofia-sip's SDP parser (strict mode), never by hand. Text sofia-sip is known to
// mishandle is refused first with a reason: control characters other than CR, LF and TAB (one
// makes sofia-sip loop forever), more than max_sdp_bytes, max_sdp_lines or max_sdp_line_bytes.
Parsed parse(std::string_view text);

}  // namespace ucwa::sdp
