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

// "v=0\r\n" as a data URI that decodes.
inline constexpr const char* valid_data_uri = "data:application/sdp;base64,dj0wDQo=";

// The documentation's full samples (every property, link and embedded resource), with its
// placeholder "base64-encoded-sdp" (not base64) replaced by valid_data_uri.
std::string full_invitation_body(model::Format format);

// An answered escalation that asked for `requested` and got this answer.
check::Escalation answered(model::Format requested, int status, std::string content_type,
                           std::string body);
// The conformant answer in that format.
check::Escalation conformant(model::Format format);

// `text` with the first `from` replaced by `to` (the sample must contain it).
std::string replaced(std::string text, const std::string& from, const std::string& to);

}  // namespace ucwa::samples
