#include "sdp/description.hpp"

#include <sofia-sip/sdp.h>
#include <sofia-sip/su_alloc.h>

#include <algorithm>
#include <memory>

namespace ucwa::sdp {
namespace {

struct HomeRelease {
  void operator()(su_home_t* home) const { su_home_unref(home); }
};
struct ParserRelease {
  void operator()(sdp_parser_t* parser) const { sdp_parser_free(parser); }
};
using HomePtr = std::unique_ptr<su_home_t, HomeRelease>;
using ParserPtr = std::unique_ptr<sdp_parser_t, ParserRelease>;

std::string text_or_empty(const char* text) {
  return text != nullptr ? text : "";
}

std::vector<std::string> formats_of(const sdp_media_t& media) {
  std::vector<std::string> formats;
  // sofia-sip keeps RTP payload types as rtpmaps and other formats as a text list.
  for (const sdp_rtpmap_t* map = media.m_rtpmaps; map != nullptr; map = map->rm_next) {
    formats.push_back(map->rm_any ? "*" : std::to_string(map->rm_pt));
  }
  for (const sdp_list_t* format = media.m_format; format != nullptr; format = format->l_next) {
    formats.push_back(text_or_empty(format->l_text));
  }
  return formats;
}

Media media_of(const sdp_media_t& media) {
  Media result;
  result.kind = text_or_empty(media.m_type_name);
  result.port = static_cast<unsigned>(media.m_port);
  result.protocol = text_or_empty(media.m_proto_name);
  result.formats = formats_of(media);
  return result;
}

Description description_of(const sdp_session_t& session) {
  Description description;
  if (session.sdp_origin != nullptr && session.sdp_origin->o_address != nullptr) {
    description.origin_address = text_or_empty(session.sdp_origin->o_address->c_address);
  }
  description.session_name = text_or_empty(session.sdp_subject);
  for (const sdp_media_t* media = session.sdp_media; media != nullptr; media = media->m_next) {
    description.media.push_back(media_of(*media));
  }
  return description;
}

}  // namespace

bool Description::has_media(std::string_view kind) const {
  return std::ranges::any_of(media, [kind](const Media& m) { return m.kind == kind; });
}

Parsed parse(std::string_view text) {
  Parsed parsed;
  HomePtr home(static_cast<su_home_t*>(su_home_new(sizeof(su_home_t))));
  if (!home) {
    parsed.error = "out of memory";
    return parsed;
  }
  ParserPtr parser(
      sdp_parse(home.get(), text.data(), static_cast<issize_t>(text.size()), sdp_f_strict));
  if (!parser) {
    parsed.error = "out of memory";
    return parsed;
  }
  if (const char* error = sdp_parsing_error(parser.get()); error != nullptr) {
    parsed.error = error;
    return parsed;
  }
  const sdp_session_t* session = sdp_session(parser.get());
  if (session == nullptr) {
    parsed.error = "no session description";
    return parsed;
  }
  parsed.description = description_of(*session);
  return parsed;
}

}  // namespace ucwa::sdp
