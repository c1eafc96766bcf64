#pragma once

#include <string_view>

#include "model/reason.hpp"
#include "model/resource.hpp"
#include "model/result.hpp"

namespace ucwa::representation {

// JSON resources per PayloadFormat.md: an object with "rel", properties as members, "_links"
// (rel -> {href, title} or an array of them) and "_embedded" (rel -> object or array).
model::Read<model::Resource> read_json_resource(std::string_view body);

// A JSON error body: an object with "code", "subcode", "message", "link", "parameters",
// "debugInfo" (ErrorsAndInformationalMessages.md).
model::Read<model::Reason> read_json_reason(std::string_view body);

}  // namespace ucwa::representation
