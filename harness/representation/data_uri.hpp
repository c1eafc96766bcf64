#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/result.hpp"

namespace ucwa::representation {

// An RFC 2397 data URI taken apart: data:[<mediatype>][;base64],<data>
struct DataUri {
  std::string media_type;  // as written, without ";base64"; "text/plain;charset=US-ASCII" when
                           // omitted (RFC 2397 default)
  bool base64 = false;
  std::string content;  // the decoded bytes
};

// The URI, or why it is not a data URI that decodes.
using DecodedDataUri = model::Result<DataUri, std::string>;

// UCWA links to non-UCWA content (SDP, text) with data URIs (PayloadFormat.md). The data is
// percent-decoded first, then base64-decoded when the header ends in ";base64". Offsets in errors
// count bytes from the start of the text.
DecodedDataUri decode_data_uri(std::string_view text);

}  // namespace ucwa::representation
