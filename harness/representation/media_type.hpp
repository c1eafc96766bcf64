#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model/format.hpp"

namespace ucwa::representation {

struct MediaType {
  std::string type;                               // lower case
  std::string subtype;                            // lower case
  std::map<std::string, std::string> parameters;  // names lower case
  std::string essence() const { return type + "/" + subtype; }
};

// RFC 9110 section 8.3.1 media-type; empty when the text is not one.
std::optional<MediaType> parse_media_type(std::string_view text);

// The UCWA payload format a Content-Type names (PayloadFormat.md): application/json or
// application/vnd.microsoft.com.ucwa+json for JSON, the same with xml for XML.
std::optional<model::Format> format_of(std::string_view content_type);

// Whether an Accept header allows a Content-Type (RFC 9110 section 12.5.1): some range, type/*
// or */*, matches its essence with a q other than 0. Malformed ranges allow nothing.
bool accept_allows(std::string_view accept, std::string_view content_type);

// The Accept header a client sends to ask for a format.
std::string_view accept_for(model::Format format);
// The Accept header for the event channel: XML events must be asked for with the vendor XML type
// (EventChannelDetails.md: "To receive event data in XML format, you must include ...").
std::string_view accept_events_for(model::Format format);

}  // namespace ucwa::representation
