#pragma once

#include <string>

#include "http/exchange.hpp"
#include "model/format.hpp"

namespace ucwa::check {

// What the client sent to escalateAudioVideo and what came back.
struct Escalation {
  model::Format requested = model::Format::json;
  std::string operation_id;
  std::string session_context;
  std::string offer;
  http::Exchange exchange;
};

}  // namespace ucwa::check
