#pragma once

#include <optional>
#include <string>

#include "check/escalation.hpp"
#include "model/format.hpp"
#include "model/resource.hpp"
#include "model/result.hpp"

namespace ucwa::check {

// An answered escalation, read once for every rule: the status, the declared format and the
// body read as a resource in that format.
struct Observed {
  const Escalation& escalation;
  const http::Response& response;
  std::optional<std::string> content_type;
  std::optional<model::Format> declared;  // what Content-Type names, if a UCWA format
  model::Format read_as;                  // declared, else the format requested
  model::Read<model::Resource> body;
};

Observed observe(const Escalation& escalation);

}  // namespace ucwa::check
