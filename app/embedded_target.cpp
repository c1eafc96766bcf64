#include "app/embedded_target.hpp"

#include "reference_server/reference_server.hpp"

namespace ucwa::app {

EmbeddedTarget::EmbeddedTarget(const std::string& token) {
  reference::Options options;
  options.token = token;
  server_ = std::make_unique<reference::Server>(options);
  server_->start();
}

EmbeddedTarget::~EmbeddedTarget() {
  server_->stop();
}

std::string EmbeddedTarget::base_url() const {
  return server_->base_url();
}

}  // namespace ucwa::app
