#pragma once

#include <cstdint>

namespace ucwa::app {

// CPU time (user + system) the calling thread has used: the load loop's own, without the
// embedded server's threads.
double thread_cpu_seconds();

// The process's peak resident memory so far (with an embedded server, the server's too).
std::uint64_t peak_rss_bytes();

}  // namespace ucwa::app
