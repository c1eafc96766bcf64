#include "canned_target.hpp"

#include <httplib.h>

#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "invitation_samples.hpp"
#include "sdp/offer.hpp"

namespace ucwa::samples {

namespace {

constexpr const char* conversation = "/ucwa/v1/applications/192/communication/conversations/137";
constexpr const char* ucwa_namespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

std::string base64(const std::string& bytes) {
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned n = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 |
                 (unsigned char)bytes[i + 2];
    for (int shift : {18, 12, 6, 0}) out += alphabet[(n >> shift) & 63];
  }
  if (i + 1 == bytes.size()) {
    unsigned n = (unsigned char)bytes[i] << 16;
    out += std::string{alphabet[(n >> 18) & 63], alphabet[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    unsigned n = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8;
    out += std::string{alphabet[(n >> 18) & 63], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63],
                       '='};
  }
  return out;
}

model::Format format_asked(const httplib::Request& request) {
  return request.get_header_value("Accept").find("xml") != std::string::npos ? model::Format::xml
                                                                             : model::Format::json;
}

// A resource with a rel, a self href and links, in either format.
std::string small_resource(model::Format format, const std::string& rel, const std::string& self,
                           const std::vector<std::pair<std::string, std::string>>& links) {
  if (format == model::Format::json) {
    std::string body = R"({"rel":")" + rel + R"(","_links":{"self":{"href":")" + self + R"("})";
    for (const auto& [relation, href] : links)
      body += R"(,")" + relation + R"(":{"href":")" + href + R"("})";
    return body + "}}";
  }
  std::string body =
      R"(<resource rel=")" + rel + R"(" href=")" + self + R"(" xmlns=")" + ucwa_namespace + R"(">)";
  for (const auto& [relation, href] : links)
    body += R"(<link rel=")" + relation + R"(" href=")" + href + R"("/>)";
  return body + "</resource>";
}

}  // namespace

struct CannedTarget::Impl {
  Options options;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::mutex mutex;
  std::string operation_id = operation_id_sample();
  std::string session_context = session_context_sample();

  static std::string operation_id_sample() { return samples::operation_id; }
  static std::string session_context_sample() { return samples::session_context; }

  std::string base() const { return "http://127.0.0.1:" + std::to_string(port); }

  // The documentation's sample, made consistent: the ids and the offer of the last escalation,
  // and one state in both formats (the page's JSON says Connecting, its XML Connected).
  std::string invitation(model::Format format) {
    std::string body = full_invitation_body(format);
    body = replaced_all(body, ">Connected<", ">Connecting<");
    body = replaced_all(body, offer_data_uri, served_offer());
    std::lock_guard lock(mutex);
    body = replaced_all(body, samples::operation_id, operation_id);
    body = replaced_all(body, samples::session_context, session_context);
    return options.change ? options.change(body, format, base()) : body;
  }

  void reply(httplib::Response& response, model::Format format, const std::string& body,
             int status = 200) {
    response.status = status;
    response.set_content(body,
                         format == model::Format::json ? options.json_type : options.xml_type);
  }

  void routes() {
    server.Post("/conformance/v1/conversations",
                [](const httplib::Request&, httplib::Response& response) {
                  response.status = 201;
                  response.set_content(std::string(R"({"conversation":")") + conversation +
                                           R"(","audioVideo":")" + conversation +
                                           R"(/audioVideo","escalateAudioVideo":")" + conversation +
                                           R"(/audioVideo/escalateAudioVideo"})",
                                       "application/json");
                });
    server.Get(conversation, [this](const httplib::Request& request, httplib::Response& response) {
      auto format = format_asked(request);
      std::vector<std::pair<std::string, std::string>> links;
      if (options.conversation_links_audio_video) {
        links.emplace_back("audioVideo", std::string(conversation) + "/audioVideo");
      }
      reply(response, format, small_resource(format, "conversation", conversation, links));
    });
    server.Get(std::string(conversation) + "/audioVideo", [this](const httplib::Request& request,
                                                                 httplib::Response& response) {
      auto format = format_asked(request);
      std::vector<std::pair<std::string, std::string>> links;
      if (options.audio_video_links_escalation) {
        links.emplace_back("escalateAudioVideo",
                           std::string(conversation) + "/audioVideo/escalateAudioVideo");
      }
      reply(response, format,
            small_resource(format, "audioVideo", std::string(conversation) + "/audioVideo", links));
    });
    server.Get(std::string(conversation) + "/participants/196",
               [this](const httplib::Request& request, httplib::Response& response) {
                 auto format = format_asked(request);
                 reply(response, format,
                       small_resource(format, "participant",
                                      std::string(conversation) + "/participants/196", {}));
               });
    server.Post(std::string(conversation) + "/audioVideo/escalateAudioVideo",
                [this](const httplib::Request& request, httplib::Response& response) {
                  {
                    std::lock_guard lock(mutex);
                    operation_id = request.get_param_value("operationId");
                    session_context = request.get_param_value("sessionContext");
                  }
                  auto format =
                      options.escalation_always_json ? model::Format::json : format_asked(request);
                  reply(response, format, invitation(format), options.escalation_status);
                });
    server.Get("/ucwa/v1/applications/192/communication/invitations/507",
               [this](const httplib::Request& request, httplib::Response& response) {
                 auto format = format_asked(request);
                 reply(response, format, invitation(format));
               });
  }
};

std::string CannedTarget::served_offer() {
  return "data:application/sdp;base64," + base64(sdp::build_offer());
}

CannedTarget::CannedTarget(Options options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->server.set_tcp_nodelay(true);  // else every small answer waits out a delayed ACK
  impl_->routes();
  impl_->port = impl_->server.bind_to_any_port("127.0.0.1");
  if (impl_->port <= 0) throw std::runtime_error("the canned target cannot bind to 127.0.0.1");
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
  while (!impl_->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

CannedTarget::~CannedTarget() {
  impl_->server.stop();
  impl_->thread.join();
}

std::string CannedTarget::base_url() const {
  return impl_->base();
}

}  // namespace ucwa::samples
