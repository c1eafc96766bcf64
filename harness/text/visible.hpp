#pragma once

#include <string>
#include <string_view>

// Bytes from outside (a server's answer, a summary.json, a file) made safe to put into a report
// or onto a terminal: the result is always valid UTF-8 holding only characters XML 1.0 allows, so
// every report stays well-formed whatever a server sends (docs/reports.md, "Hostile bytes").
namespace ucwa::text {

// `bytes` with
// - every byte that does not belong to a well-formed UTF-8 sequence (a stray continuation byte,
//   a truncated or overlong sequence, a surrogate such as ED A0 80, anything past U+10FFFF)
//   written as the four characters "\xNN" (upper-case hex);
// - every character XML 1.0 forbids or a terminal acts on, written as the six characters
//   "\uNNNN": the C0 controls but TAB, LF and CR (NUL included), DEL, the C1 controls
//   U+0080-U+009F, and the non-characters U+FFFE and U+FFFF.
// Everything else is kept as it is. visible(visible(x)) == visible(x).
std::string visible(std::string_view bytes);

// The same for one line of a terminal: CR becomes "\u000D" too (it would move the cursor back
// over what was printed); TAB and LF stay.
std::string visible_on_console(std::string_view bytes);

// At most `limit` bytes of visible_on_console(bytes), "..." after it when it was cut: for
// echoing a user's or a server's text in a message.
std::string quoted_for_message(std::string_view bytes, std::size_t limit = 200);

}  // namespace ucwa::text
