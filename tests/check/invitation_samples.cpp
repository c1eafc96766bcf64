#include "invitation_samples.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ucwa::samples {

std::string invitation_body(model::Format format) {
  if (format == model::Format::json) {
    return R"({"rel":"audioVideoInvitation","direction":"Outgoing","importance":"Normal",)"
           R"("operationId":")" +
           operation_id + R"(","sessionContext":")" + session_context +
           R"(","state":"Connecting","privateLine":false,)"
           R"("_links":{"self":{"href":"/ucwa/v1/applications/1/communication/invitations/5"},)"
           R"("mediaOffer":{"href":")" +
           offer_data_uri +
           R"("}},)"
           R"("_embedded":{"from":{"rel":"participant","_links":{"self":{"href":"/p/1"}}}}})";
  }
  return R"(<?xml version="1.0" encoding="utf-8"?>)"
         R"(<resource rel="audioVideoInvitation" href="/ucwa/v1/applications/1/communication/invitations/5")"
         R"( xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)"
         R"(<link rel="mediaOffer" href=")" +
         offer_data_uri +
         R"("/>)"
         R"(<property name="direction">Outgoing</property><property name="importance">Normal</property>)"
         R"(<property name="operationId">)" +
         operation_id +
         R"(</property>)"
         R"(<property name="sessionContext">)" +
         session_context +
         R"(</property>)"
         R"(<property name="state">Connecting</property><property name="privateLine">False</property>)"
         R"(<resource rel="from" href="/p/1"><property name="rel">participant</property></resource>)"
         R"(</resource>)";
}

std::string full_invitation_body(model::Format format) {
  const char* name = format == model::Format::json ? "seed_invitation.json" : "seed_invitation.xml";
  std::ifstream file(std::string(UCWA_SAMPLES_DIR) + "/" + name, std::ios::binary);
  std::stringstream content;
  content << file.rdbuf();
  std::string text = content.str();
  const std::string placeholder = "data:application/sdp;base64,base64-encoded-sdp";
  for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder)) {
    text.replace(at, placeholder.size(), offer_data_uri);
  }
  return text;
}

std::string content_type(model::Format format) {
  return format == model::Format::json ? "application/json; charset=utf-8"
                                       : "application/xml; charset=utf-8";
}

check::Escalation answered(model::Format requested, int status, std::string type,
                           std::string body) {
  check::Escalation escalation;
  escalation.requested = requested;
  escalation.operation_id = operation_id;
  escalation.session_context = session_context;
  escalation.offer = offer;
  escalation.exchange.request = {"POST", "http://127.0.0.1/escalateAudioVideo", {}, offer};
  http::Response response{status, {}, std::move(body)};
  if (!type.empty()) response.headers.push_back({"Content-Type", std::move(type)});
  escalation.exchange.response = std::move(response);
  return escalation;
}

check::Escalation conformant(model::Format format) {
  return answered(format, 201, content_type(format), invitation_body(format));
}

std::string replaced_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("sample has no \"" + from + "\"");
  return text.replace(at, from.size(), to);
}

}  // namespace ucwa::samples
