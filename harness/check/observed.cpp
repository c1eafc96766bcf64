#include "check/observed.hpp"

#include "representation/media_type.hpp"
#include "representation/read.hpp"

namespace ucwa::check {

Observed observe(const Escalation& escalation) {
  const http::Response& response = *escalation.exchange.response;
  auto content_type = http::find_header(response.headers, "Content-Type");
  std::optional<model::Format> declared;
  if (content_type) declared = representation::format_of(*content_type);
  model::Format read_as = representation::format_to_read(content_type, escalation.requested);
  return Observed{escalation, response, content_type,
                  declared,   read_as,  representation::read_resource(read_as, response.body)};
}

}  // namespace ucwa::check
