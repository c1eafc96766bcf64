#pragma once

#include "check/rules/rule.hpp"

namespace ucwa::check::rules {

void media_offer_has_audio_and_video(const Observed& observed, Judgement& judgement);  // SDP-1
void media_offer_is_offer_sent(const Observed& observed, Judgement& judgement);        // SDP-2

}  // namespace ucwa::check::rules
