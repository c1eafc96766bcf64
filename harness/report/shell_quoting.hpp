#pragma once

#include <string>

// Text made safe to paste into bash, for the curl commands of the evidence and the replay
// scripts.
namespace ucwa::report {

// Every `from` in text replaced by `to`.
std::string replaced_all(std::string text, const std::string& from, const std::string& to);
// 'text' for bash, any ' inside closed and reopened.
std::string single_quoted(const std::string& text);
// $'text' for bash: CR, LF, backslash, quote and other control bytes escaped.
std::string ansi_c_quoted(const std::string& text);

}  // namespace ucwa::report
