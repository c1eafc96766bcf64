#pragma once

#include <memory>
#include <string>

namespace ucwa::reference {
class Server;
}

namespace ucwa::app {

// The reference server started in-process on an ephemeral 127.0.0.1 port, for runs without
// --target. Stops when destroyed.
class EmbeddedTarget {
 public:
  explicit EmbeddedTarget(const std::string& token);
  ~EmbeddedTarget();
  EmbeddedTarget(const EmbeddedTarget&) = delete;
  EmbeddedTarget& operator=(const EmbeddedTarget&) = delete;

  std::string base_url() const;

 private:
  std::unique_ptr<reference::Server> server_;
};

}  // namespace ucwa::app
