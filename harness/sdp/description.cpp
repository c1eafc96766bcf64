#include "sdp/description.hpp"

#include <sofia-sip/sdp.h>
#include <sofia-sip/su_alloc.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

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

// RFC 4566 section 9 token-char: %x21 / %x23-27 / %x2A-2B / %x2D-2E / %x30-39 / %x41-5A / %x5E-7E.
bool is_token_char(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte == 0x21 || (byte >= 0x23 && byte <= 0x27) || byte == 0x2A || byte == 0x2B ||
         byte == 0x2D || byte == 0x2E || (byte >= 0x30 && byte <= 0x39) ||
         (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x5E && byte <= 0x7E);
}

bool is_token(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, is_token_char);
}

bool is_digits(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 4566 section 5.14: m=<media> <port>[/<number of ports>] <proto> <fmt> ..., proto being
// tokens separated by '/'. sofia-sip loops forever on some lines outside this grammar
// ("m=audio 5 TCP ,", "m=video 5map /AVP 96").
bool is_media_line(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 2; start <= line.size();) {
    const std::size_t space = std::min(line.find(' ', start), line.size());
    fields.push_back(line.substr(start, space - start));
    start = space + 1;
  }
  if (fields.size() < 4 || !is_token(fields[0])) return false;
  const std::string_view port = fields[1].substr(0, fields[1].find('/'));
  if (!is_digits(port) ||
      (port.size() < fields[1].size() && !is_digits(fields[1].substr(port.size() + 1)))) {
    return false;
  }
  std::string_view proto = fields[2];
  for (std::size_t slash; (slash = proto.find('/')) != std::string_view::npos;) {
    if (!is_token(proto.substr(0, slash))) return false;
    proto.remove_prefix(slash + 1);
  }
  if (!is_token(proto)) return false;
  return std::all_of(fields.begin() + 3, fields.end(), is_token);
}

// sofia-sip's parser (1.12.11, unmaintained since 2011) loops forever allocating on some
// malformed lines, e.g. a control character in an m= line's format list ("m=audio 5000 TCP \x01").
// Only text shaped like SDP reaches it: printable bytes, TAB, CR and LF; bounded lines; m= lines
// in RFC 4566's grammar.
std::string unsafe_for_sofia(std::string_view text) {
  if (text.size() > max_sdp_bytes) {
    return "SDP longer than " + std::to_string(max_sdp_bytes) + " bytes";
  }
  std::size_t lines = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++lines;
      line_start = i + 1;
      if (lines > max_sdp_lines) {
        return "SDP of more than " + std::to_string(max_sdp_lines) + " lines";
      }
      continue;
    }
    if ((byte < 0x20 && byte != '\r' && byte != '\t') || byte == 0x7F) {
      static constexpr char kDigits[] = "0123456789ABCDEF";
      return std::string("control character 0x") + kDigits[byte >> 4] + kDigits[byte & 0xF] +
             " at offset " + std::to_string(i) + " (SDP text holds none but CR, LF and TAB)";
    }
    if (i - line_start >= max_sdp_line_bytes) {
      return "SDP line longer than " + std::to_string(max_sdp_line_bytes) + " bytes at offset " +
             std::to_string(line_start);
    }
  }
  // sofia-sip ends a line at CR, LF or CR LF: so must this check, or "t=0 0\rm=..." hides an
  // m= line from it.
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find_first_of("\r\n", start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.starts_with("m=") && !is_media_line(line)) {
      return "m= line at offset " + std::to_string(start) +
             " is not m=<media> <port> <proto> <fmt> ... (RFC 4566 section 5.14)";
    }
    start = end + 1;
  }
  return {};
}

}  // namespace

bool Description::has_media(std::string_view kind) const {
  return std::ranges::any_of(media, [kind](const Media& m) { return m.kind == kind; });
}

Parsed parse(std::string_view text) {
  Parsed parsed;
  if (std::string unsafe = unsafe_for_sofia(text); !unsafe.empty()) {
    parsed.error = std::move(unsafe);
    return parsed;
  }
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
