#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void is_audio_video_invitation(const Observed& observed, Findings& findings);  // AVI-REL-1
void has_self_link(const Observed& observed, Findings& findings);              // AVI-LINK-1
void echoes_operation_id(const Observed& observed, Findings& findings);        // AVI-ECHO-1
void echoes_session_context(const Observed& observed, Findings& findings);     // AVI-ECHO-2
void direction_is_documented(const Observed& observed, Findings& findings);    // AVI-PROP-8
void importance_is_documented(const Observed& observed, Findings& findings);   // AVI-PROP-9
void state_is_documented(const Observed& observed, Findings& findings);        // AVI-PROP-17

}  // namespace ucwa::check::rules
