#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/events.hpp"
#include "model/format.hpp"
#include "model/reason.hpp"
#include "model/resource.hpp"
#include "model/result.hpp"

namespace ucwa::representation {

// The one place that picks a reader by format.
model::Read<model::Resource> read_resource(model::Format format, std::string_view body);
model::Read<model::Reason> read_reason(model::Format format, std::string_view body);
model::Read<model::EventsBatch> read_events(model::Format format, std::string_view body);

// The format to read an answer in: the one its Content-Type names, else the one asked for.
model::Format format_to_read(const std::optional<std::string>& content_type, model::Format asked);

}  // namespace ucwa::representation
