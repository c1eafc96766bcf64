#include "http/url.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <memory>

#include "text/ascii.hpp"

namespace ucwa::http {
namespace {

// The five components of RFC 3986 Appendix B; an absent component differs from an empty one.
struct Components {
  std::optional<std::string_view> scheme;
  std::optional<std::string_view> authority;
  std::string_view path;
  std::optional<std::string_view> query;
  std::optional<std::string_view> fragment;
};

Components split(std::string_view text) {
  Components parts;
  const auto colon = text.find_first_of(":/?#");
  if (colon != std::string_view::npos && colon > 0 && text[colon] == ':') {
    parts.scheme = text.substr(0, colon);
    text.remove_prefix(colon + 1);
  }
  if (text.starts_with("//")) {
    text.remove_prefix(2);
    const auto end = std::min(text.find_first_of("/?#"), text.size());
    parts.authority = text.substr(0, end);
    text.remove_prefix(end);
  }
  if (const auto hash = text.find('#'); hash != std::string_view::npos) {
    parts.fragment = text.substr(hash + 1);
    text = text.substr(0, hash);
  }
  if (const auto question = text.find('?'); question != std::string_view::npos) {
    parts.query = text.substr(question + 1);
    text = text.substr(0, question);
  }
  parts.path = text;
  return parts;
}

using text::is_alpha;
using text::is_digit;
using text::is_unreserved;
using text::lowercase;

bool is_sub_delim(char c) {
  return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos;
}

// Whether every character is unreserved, a sub-delim, one of extra, or a well-formed %XX.
bool only(std::string_view text, std::string_view extra) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (text::malformed_escape(text.substr(i, 3))) return false;
      i += 2;
    } else if (!is_unreserved(c) && !is_sub_delim(c) && extra.find(c) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

bool valid_scheme(std::string_view scheme) {
  return !scheme.empty() && is_alpha(scheme.front()) && std::ranges::all_of(scheme, [](char c) {
    return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
  });
}

struct Authority {
  std::string_view host;
  std::string_view port;
};

std::optional<Authority> split_authority(std::string_view authority) {
  if (const auto at = authority.find('@'); at != std::string_view::npos) {
    if (!only(authority.substr(0, at), ":")) return std::nullopt;
    authority.remove_prefix(at + 1);
  }
  Authority parts;
  std::string_view rest;
  if (authority.starts_with('[')) {
    const auto close = authority.find(']');
    if (close == std::string_view::npos || close == 1) return std::nullopt;
    if (!only(authority.substr(1, close - 1), ":")) return std::nullopt;
    parts.host = authority.substr(0, close + 1);
    rest = authority.substr(close + 1);
  } else {
    const auto colon = std::min(authority.find(':'), authority.size());
    parts.host = authority.substr(0, colon);
    if (!only(parts.host, "")) return std::nullopt;
    rest = authority.substr(colon);
  }
  if (!rest.empty()) {
    if (rest.front() != ':') return std::nullopt;
    parts.port = rest.substr(1);
    if (!std::ranges::all_of(parts.port, is_digit)) return std::nullopt;
  }
  return parts;
}

bool is_web_scheme(std::string_view scheme) {
  const auto lower = lowercase(scheme);
  return lower == "http" || lower == "https";
}

bool valid(const Components& parts) {
  if (parts.scheme && !valid_scheme(*parts.scheme)) return false;
  if (parts.authority) {
    const auto authority = split_authority(*parts.authority);
    if (!authority) return false;
    if (parts.scheme && is_web_scheme(*parts.scheme) && authority->host.empty()) return false;
  } else if (parts.scheme && is_web_scheme(*parts.scheme)) {
    return false;
  }
  if (!only(parts.path, ":@/")) return false;
  // A relative path's first segment may not hold a colon: it would read as a scheme.
  if (!parts.scheme && !parts.authority) {
    const auto first_segment = parts.path.substr(0, parts.path.find('/'));
    if (first_segment.find(':') != std::string_view::npos) return false;
  }
  if (parts.query && !only(*parts.query, ":@/?")) return false;
  if (parts.fragment && !only(*parts.fragment, ":@/?")) return false;
  return true;
}

// RFC 3986 section 5.2.4.
std::string remove_dot_segments(std::string_view input) {
  std::string output;
  while (!input.empty()) {
    if (input.starts_with("../")) {
      input.remove_prefix(3);
    } else if (input.starts_with("./")) {
      input.remove_prefix(2);
    } else if (input.starts_with("/./")) {
      input.remove_prefix(2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.starts_with("/../") || input == "/..") {
      input = input.size() == 3 ? std::string_view("/") : input.substr(3);
      const auto last = output.rfind('/');
      output.erase(last == std::string::npos ? 0 : last);
    } else if (input == "." || input == "..") {
      input = {};
    } else {
      const auto end = std::min(input.find('/', 1), input.size());
      output += input.substr(0, end);
      input.remove_prefix(end);
    }
  }
  return output;
}

// RFC 3986 section 5.2.3.
std::string merge(const Components& base, std::string_view path) {
  if (base.authority && base.path.empty()) return "/" + std::string(path);
  const auto slash = base.path.rfind('/');
  if (slash == std::string_view::npos) return std::string(path);
  return std::string(base.path.substr(0, slash + 1)) + std::string(path);
}

// RFC 3986 section 5.3.
std::string recompose(std::string_view scheme, std::optional<std::string_view> authority,
                      std::string_view path, std::optional<std::string_view> query,
                      std::optional<std::string_view> fragment) {
  std::string text(scheme);
  text += ':';
  if (authority) (text += "//") += *authority;
  text += path;
  if (query) (text += '?') += *query;
  if (fragment) (text += '#') += *fragment;
  return text;
}

}  // namespace

// RFC 3986 section 5.2.2, strict (a scheme in href is never ignored).
// Hand-written: curl_url_set drops the base's query for "#s" and "" (RFC 3986 5.4.1).
std::optional<std::string> resolve(std::string_view base, std::string_view href) {
  if (!is_uri_reference(base) || !is_uri_reference(href)) return std::nullopt;
  const Components b = split(base);
  const Components r = split(href);
  if (!b.scheme) return std::nullopt;

  if (r.scheme) {
    return recompose(*r.scheme, r.authority, remove_dot_segments(r.path), r.query, r.fragment);
  }
  if (r.authority) {
    return recompose(*b.scheme, r.authority, remove_dot_segments(r.path), r.query, r.fragment);
  }
  if (r.path.empty()) {
    return recompose(*b.scheme, b.authority, b.path, r.query ? r.query : b.query, r.fragment);
  }
  const std::string path =
      r.path.starts_with('/') ? remove_dot_segments(r.path) : remove_dot_segments(merge(b, r.path));
  return recompose(*b.scheme, b.authority, path, r.query, r.fragment);
}

// Hand-written: curl_url_set takes "http://a/<b>" and "#c#d", and no relative reference.
bool is_uri_reference(std::string_view text) {
  return valid(split(text));
}

std::string with_query(std::string_view url, const QueryParameters& parameters) {
  if (parameters.empty()) return std::string(url);
  const auto hash = std::min(url.find('#'), url.size());
  const auto fragment = url.substr(hash);
  std::string text(url.substr(0, hash));
  if (text.find('?') == std::string::npos) {
    text += '?';
  } else if (!text.ends_with('?') && !text.ends_with('&')) {
    text += '&';
  }
  bool first = true;
  for (const auto& [name, value] : parameters) {
    if (!first) text += '&';
    first = false;
    text += text::percent_encode(name);
    text += '=';
    text += text::percent_encode(value);
  }
  text += fragment;
  return text;
}

namespace {

// Calls `visit(name_value)` for each `&`-separated piece of the URL's query; the pieces' offsets
// are into `url`.
template <typename Visit>
void for_each_query_piece(std::string_view url, Visit visit) {
  const Components parts = split(url);
  if (!parts.query) return;
  const std::size_t start = static_cast<std::size_t>(parts.query->data() - url.data());
  std::size_t at = start;
  const std::size_t end = start + parts.query->size();
  while (at <= end) {
    const std::size_t amp = std::min(url.find('&', at), end);
    visit(at, amp);
    at = amp + 1;
  }
}

}  // namespace

std::optional<std::string> query_value(std::string_view url, std::string_view name) {
  std::optional<std::string> found;
  for_each_query_piece(url, [&](std::size_t from, std::size_t to) {
    const std::string_view piece = url.substr(from, to - from);
    if (found || !piece.starts_with(name) || piece.size() <= name.size() ||
        piece[name.size()] != '=')
      return;
    found = std::string(piece.substr(name.size() + 1));
  });
  return found;
}

std::optional<std::string> with_query_value(std::string_view url, std::string_view name,
                                            std::string_view value) {
  std::string rebuilt;
  std::size_t copied = 0;
  bool replaced = false;
  for_each_query_piece(url, [&](std::size_t from, std::size_t to) {
    const std::string_view piece = url.substr(from, to - from);
    if (!piece.starts_with(name) || piece.size() <= name.size() || piece[name.size()] != '=')
      return;
    const std::size_t value_from = from + name.size() + 1;
    rebuilt.append(url.substr(copied, value_from - copied)).append(value);
    copied = to;
    replaced = true;
  });
  if (!replaced) return std::nullopt;
  rebuilt.append(url.substr(copied));
  return rebuilt;
}

std::optional<std::string> origin(std::string_view url) {
  if (!is_uri_reference(url)) return std::nullopt;
  const std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> parsed(curl_url(), curl_url_cleanup);
  if (!parsed || curl_url_set(parsed.get(), CURLUPART_URL, std::string(url).c_str(),
                              CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return std::nullopt;
  }
  const auto part = [&](CURLUPart which, unsigned int flags) -> std::optional<std::string> {
    char* text = nullptr;
    if (curl_url_get(parsed.get(), which, &text, flags) != CURLUE_OK) return std::nullopt;
    std::string copy(text);
    curl_free(text);
    return copy;
  };
  const auto scheme = part(CURLUPART_SCHEME, 0);
  const auto host = part(CURLUPART_HOST, 0);
  if (!scheme || !is_web_scheme(*scheme) || !host || host->empty()) return std::nullopt;
  std::string text = lowercase(*scheme) + "://" + lowercase(*host);
  if (const auto port = part(CURLUPART_PORT, CURLU_NO_DEFAULT_PORT)) (text += ':') += *port;
  return text;
}

}  // namespace ucwa::http
