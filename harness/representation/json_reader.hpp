#pragma once

#include <string_view>

#include "model/reason.hpp"
#include "model/resource.hpp"
#include "model/result.hpp"
#include "representation/limits.hpp"

namespace ucwa::representation {

// JSON resources per PayloadFormat.md: an object with "rel", properties as members, "_links"
// (rel -> {href, title} or an array of them) and "_embedded" (rel -> object or array).
// Bodies nested deeper than max_nesting_depth arrays and objects, or that are not JSON (syntax,
// invalid UTF-8, a number out of range), are refused with an error located at a byte offset; no
// exception leaves either reader. Locations of defects are JSON pointers, built only for defects
// and resources, so the cost is linear in the body.
model::Read<model::Resource> read_json_resource(std::string_view body);

// A JSON error body: an object with "code", "subcode", "message", "link", "parameters",
// "debugInfo" (ErrorsAndInformationalMessages.md).
model::Read<model::Reason> read_json_reason(std::string_view body);

}  // namespace ucwa::representation
