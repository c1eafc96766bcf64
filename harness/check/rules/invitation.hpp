#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void is_audio_video_invitation(const Observed& observed, Judgement& judgement);     // AVI-REL-1
void has_self_link(const Observed& observed, Judgement& judgement);                 // AVI-LINK-1
void echoes_operation_id(const Observed& observed, Judgement& judgement);           // AVI-ECHO-1
void echoes_session_context(const Observed& observed, Judgement& judgement);        // AVI-ECHO-2
void participants_have_self_links(const Observed& observed, Judgement& judgement);  // PAR-LINK-1

}  // namespace ucwa::check::rules
