#pragma once

#include <string_view>

#include "model/format.hpp"
#include "model/parse_error.hpp"
#include "model/reason.hpp"
#include "model/resource.hpp"

namespace ucwa::representation {

// The one place that picks a reader by format.
model::Read<model::Resource> read_resource(model::Format format, std::string_view body);
model::Read<model::Reason> read_reason(model::Format format, std::string_view body);

}  // namespace ucwa::representation
