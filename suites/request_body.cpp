// The request body: an SDP offer with audio and video as application/sdp
// (escalateAudioVideo_ref.md). What else arrives is refused: another media type with
// UnsupportedMediaType (ErrorsAndInformationalMessages.md), a broken or video-less offer with
// BadRequest (inferred from escalateAudioVideo_ref.md: "sdp for both modalities"), a body far too
// large with EntityTooLarge.
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class RequestBody : public bridge::EscalationTest {};

// When the body is not application/sdp (UnsupportedMediaType), escalateAudioVideo answers (415,
// UnsupportedMediaType, any subcode) with a UCWA error body (a JSON object or an XML <reason>) that
// carries code, in the format asked for.
CONFORMANCE_TEST(RequestBody, JsonBodyIsUnsupportedMediaType, GEN_ERR_4) {
  bridge::EscalationRequest request;
  // The offer wrapped in JSON, as some clients send it: not the documented application/sdp.
  std::string escaped;
  for (const char c : request.body)
    escaped += c == '\r' ? "\\r" : c == '\n' ? "\\n" : std::string(1, c);
  request.content_type = "application/json";
  request.body = "{\"sdp\":\"" + escaped + "\"}";
  EXPECT_TRUE(Satisfies(escalate(request)));
}

// When the body is not a parsable SDP offer, escalateAudioVideo answers (400, BadRequest, any
// subcode) with a UCWA error body (a JSON object or an XML <reason>) that carries code, in the
// format asked for.
CONFORMANCE_TEST(RequestBody, MalformedSdpIsBadRequest, GEN_ERR_6) {
  bridge::EscalationRequest request;
  request.body = "v=0\r\nthis is no session description\r\nm=audio port RTP/AVP\r\n";
  EXPECT_TRUE(Satisfies(escalate(request)));
}

// When the SDP offer has no m=video section, escalateAudioVideo answers (400, BadRequest, any
// subcode) with a UCWA error body (a JSON object or an XML <reason>) that carries code, in the
// format asked for.
CONFORMANCE_TEST(RequestBody, OfferWithoutVideoIsBadRequest, GEN_ERR_7) {
  bridge::EscalationRequest request;
  request.body = sdp::build_offer({.audio = true, .video = false});
  EXPECT_TRUE(Satisfies(escalate(request)));
}

// When the body is 4 MiB (EntityTooLarge), escalateAudioVideo answers (413, EntityTooLarge, any
// subcode) with a UCWA error body (a JSON object or an XML <reason>) that carries code, in the
// format asked for.
CONFORMANCE_TEST(RequestBody, FourMebibyteBodyIsEntityTooLarge, GEN_ERR_8) {
  constexpr std::size_t kFourMebibytes = 4u << 20;
  bridge::EscalationRequest request;
  // A well-formed offer, padded with attribute lines a parser may skip.
  const std::string padding = "a=x-padding:" + std::string(1000, 'x') + "\r\n";
  while (request.body.size() < kFourMebibytes) request.body += padding;
  EXPECT_TRUE(Satisfies(escalate(request)));
}

}  // namespace ucwa::suites
