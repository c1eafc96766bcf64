#pragma once

#include <string>

#include "check/escalation.hpp"
#include "model/format.hpp"

namespace ucwa::samples {

inline const std::string operation_id = "74cb7404e0a247d5a2d4eb0376a47dbf";
inline const std::string session_context = "8efd502350ff419cb615018ae561f97e";

// A conformant 201 body in each format, with the two ids above echoed.
std::string invitation_body(model::Format format);
std::string content_type(model::Format format);

// The offer every sample escalation sent, and the same as the mediaOffer data URI.
inline const std::string offer =
    "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=ucwa-conform\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
    "m=audio 50000 RTP/AVP 0\r\nm=video 50002 RTP/AVP 96\r\n";
inline const std::string offer_data_uri =
    "data:application/"
    "sdp;base64,dj0wDQpvPS0gMSAxIElOIElQNCAxMjcuMC4wLjENCnM9dWN3YS1jb25mb3JtDQpjPUlOIElQNCAx"
    "MjcuMC4wLjENCnQ9MCAwDQptPWF1ZGlvIDUwMDAwIFJUUC9BVlAgMA0KbT12aWRlbyA1MDAwMiBSVFAvQVZQIDk2DQo=";
// The same offer without its m=video line.
inline const std::string audio_only_data_uri =
    "data:application/"
    "sdp;base64,dj0wDQpvPS0gMSAxIElOIElQNCAxMjcuMC4wLjENCnM9dWN3YS1jb25mb3JtDQpjPUlOIElQNCAx"
    "MjcuMC4wLjENCnQ9MCAwDQptPWF1ZGlvIDUwMDAwIFJUUC9BVlAgMA0K";

// The documentation's full samples (every property, link and embedded resource), with its
// placeholder "base64-encoded-sdp" (not base64) replaced by offer_data_uri.
std::string full_invitation_body(model::Format format);

// An answered escalation that asked for `requested` and got this answer.
check::Escalation answered(model::Format requested, int status, std::string content_type,
                           std::string body);
// The conformant answer in that format.
check::Escalation conformant(model::Format format);

// `text` with every `from` replaced by `to`.
std::string replaced_all(std::string text, const std::string& from, const std::string& to);

// `text` with the first `from` replaced by `to` (the sample must contain it).
std::string replaced(std::string text, const std::string& from, const std::string& to);

}  // namespace ucwa::samples
