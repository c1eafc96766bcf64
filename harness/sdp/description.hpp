#pragma once

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

// Parses with sofia-sip's SDP parser (strict mode), never by hand.
Parsed parse(std::string_view text);

}  // namespace ucwa::sdp
