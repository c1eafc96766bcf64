#include "report/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ucwa::report {

namespace {

const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "something else";
}

std::string size_text(std::size_t bytes) {
  if (bytes % (1 << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

// Closes the descriptor whichever way the read ends.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::optional<std::string> read_input_file(const std::string& path, std::size_t limit,
                                           std::string& problem) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked on what was
  // opened, so nothing can be swapped in between.
  Descriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (file.fd < 0) {
    problem = std::string("cannot be read: ") + std::strerror(errno);
    return std::nullopt;
  }
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) {
    problem = std::string("cannot be read: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (!S_ISREG(status.st_mode)) {
    problem = std::string("is ") + kind_of(status.st_mode) + ", not a regular file";
    return std::nullopt;
  }
  if (static_cast<unsigned long long>(status.st_size) > limit) {
    problem =
        "is larger than " + size_text(limit) + " (" + std::to_string(status.st_size) + " bytes)";
    return std::nullopt;
  }
  std::string content;
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      problem = std::string("cannot be read: ") + std::strerror(errno);
      return std::nullopt;
    }
    if (got == 0) break;
    content.append(buffer, static_cast<std::size_t>(got));
    if (content.size() > limit) {  // it grew while being read
      problem = "is larger than " + size_text(limit);
      return std::nullopt;
    }
  }
  return content;
}

}  // namespace ucwa::report
