#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ucwa::http {

using QueryParameters = std::vector<std::pair<std::string, std::string>>;

// RFC 3986 section 5 reference resolution of href against base. Empty when either is not a URI.
std::optional<std::string> resolve(std::string_view base, std::string_view href);

// Whether text is a valid URI reference (absolute, or relative to a base).
bool is_uri_reference(std::string_view text);

// Adds parameters to url's query, percent-encoding names and values (RFC 3986 unreserved
// characters stay as they are) and keeping any query the server supplied.
std::string with_query(std::string_view url, const QueryParameters& parameters);

// The value of the first query parameter called `name` (as written, not decoded); empty when
// the URL's query has none.
std::optional<std::string> query_value(std::string_view url, std::string_view name);
// The URL with the value of every query parameter called `name` replaced by `value` (already
// encoded); empty when it has none.
std::optional<std::string> with_query_value(std::string_view url, std::string_view name,
                                            std::string_view value);

// "scheme://host[:port]" of an absolute http(s) URL, lower case, default ports left out
// (RFC 6454); empty when url is not absolute http(s).
std::optional<std::string> origin(std::string_view url);

}  // namespace ucwa::http
