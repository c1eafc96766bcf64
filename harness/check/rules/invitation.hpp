#pragma once

#include <string>

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

// The invitation's property `name` is the string the client sent.
void echoes(const Observed& observed, const std::string& name, const std::string& sent,
            Judgement& judgement);

void is_audio_video_invitation(const Observed& observed, Judgement& judgement);     // AVI-REL-1
void has_self_link(const Observed& observed, Judgement& judgement);                 // AVI-LINK-1
void echoes_operation_id(const Observed& observed, Judgement& judgement);           // AVI-ECHO-1
void echoes_session_context(const Observed& observed, Judgement& judgement);        // AVI-ECHO-2
void participants_have_self_links(const Observed& observed, Judgement& judgement);  // PAR-LINK-1

}  // namespace ucwa::check::rules
