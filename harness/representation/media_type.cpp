#include "representation/media_type.hpp"

#include <algorithm>
#include <cstdlib>

#include "text/ascii.hpp"

namespace ucwa::representation {

namespace {

using text::lowercase;
using text::trim;

bool is_token_char(char c) {
  static constexpr std::string_view specials = "!#$%&'*+-.^_`|~";
  return text::is_alnum(c) || specials.find(c) != std::string_view::npos;
}

bool is_token(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_token_char);
}

std::optional<std::string> parameter_value(std::string_view text) {
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    return std::string(text.substr(1, text.size() - 2));
  }
  if (!is_token(text)) return std::nullopt;
  return std::string(text);
}

}  // namespace

std::optional<MediaType> parse_media_type(std::string_view text) {
  auto semicolon = text.find(';');
  std::string_view essence = trim(text.substr(0, semicolon));
  auto slash = essence.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  MediaType media;
  std::string_view type = essence.substr(0, slash);
  std::string_view subtype = essence.substr(slash + 1);
  if (!is_token(type) || !is_token(subtype)) return std::nullopt;
  media.type = lowercase(type);
  media.subtype = lowercase(subtype);
  while (semicolon != std::string_view::npos) {
    text = text.substr(semicolon + 1);
    semicolon = text.find(';');
    std::string_view parameter = trim(text.substr(0, semicolon));
    if (parameter.empty()) continue;
    auto equals = parameter.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    std::string_view name = trim(parameter.substr(0, equals));
    auto value = parameter_value(trim(parameter.substr(equals + 1)));
    if (!is_token(name) || !value) return std::nullopt;
    media.parameters[lowercase(name)] = *value;
  }
  return media;
}

std::optional<model::Format> format_of(std::string_view content_type) {
  auto media = parse_media_type(content_type);
  if (!media || media->type != "application") return std::nullopt;
  if (media->subtype == "json" || media->subtype == "vnd.microsoft.com.ucwa+json") {
    return model::Format::json;
  }
  if (media->subtype == "xml" || media->subtype == "vnd.microsoft.com.ucwa+xml") {
    return model::Format::xml;
  }
  return std::nullopt;
}

bool accept_allows(std::string_view accept, std::string_view content_type) {
  const auto answered = parse_media_type(content_type);
  if (!answered) return false;
  std::size_t start = 0;
  while (start <= accept.size()) {
    std::size_t end = std::min(accept.find(',', start), accept.size());
    // '*' is a token character, so */* and type/* parse like any media type.
    const auto range = parse_media_type(accept.substr(start, end - start));
    start = end + 1;
    if (!range) continue;
    auto q = range->parameters.find("q");
    if (q != range->parameters.end() && std::strtod(q->second.c_str(), nullptr) <= 0.0) continue;
    const bool type_matches = range->type == "*" || range->type == answered->type;
    const bool subtype_matches = range->subtype == "*" || range->subtype == answered->subtype;
    if (type_matches && subtype_matches && !(range->type == "*" && range->subtype != "*"))
      return true;
  }
  return false;
}

std::string_view accept_for(model::Format format) {
  return format == model::Format::json ? "application/json" : "application/xml";
}

std::string_view accept_events_for(model::Format format) {
  return format == model::Format::json ? "application/json"
                                       : "application/vnd.microsoft.com.ucwa+xml";
}

}  // namespace ucwa::representation
