#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace ucwa::report {

// How much of a local input the harness reads at most (docs/reports.md, "Local input").
inline constexpr std::size_t kTokenFileLimit = 1 << 20;     // --token-file: 1 MiB
inline constexpr std::size_t kWaiversFileLimit = 16 << 20;  // --waivers: 16 MiB
inline constexpr std::size_t kSummaryFileLimit = 64 << 20;  // diff and merge: 64 MiB

// The content of the regular file at `path`, read whole if it holds at most `limit` bytes.
// Empty, with `problem` saying why ("is not a regular file (a FIFO)", "is larger than 1 MiB",
// "cannot be read: ..."), otherwise. A FIFO, a device such as /dev/zero, a folder or a socket is
// refused at once, before anything is read from it.
std::optional<std::string> read_input_file(const std::string& path, std::size_t limit,
                                           std::string& problem);

}  // namespace ucwa::report
