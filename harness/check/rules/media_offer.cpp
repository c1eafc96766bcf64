#include "check/rules/media_offer.hpp"

#include "representation/data_uri.hpp"
#include "sdp/description.hpp"

namespace ucwa::check::rules {

namespace {

// The decoded SDP of the invitation's mediaOffer, or why there is none to look at.
std::optional<std::string> media_offer(const Observed& observed, Judgement& judgement) {
  const model::Resource* invitation = invitation_or_finding(observed, judgement);
  if (!invitation) return std::nullopt;
  const model::LinkRelation* link = invitation->link("mediaOffer");
  if (!link || link->links.empty()) {
    judgement.nothing_to_check = "the invitation has no mediaOffer";
    return std::nullopt;
  }
  auto decoded = representation::decode_data_uri(link->links.front().href);
  if (!decoded.value) {
    // Whether it decodes at all is AVI-PROP-13's finding.
    judgement.nothing_to_check = "the mediaOffer data URI does not decode";
    return std::nullopt;
  }
  return decoded.value->content;
}

}  // namespace

void media_offer_has_audio_and_video(const Observed& observed, Judgement& judgement) {
  auto offer = media_offer(observed, judgement);
  if (!offer) return;
  auto parsed = sdp::parse(*offer);
  if (!parsed.description) {
    judgement.fail("mediaOffer", "the SDP does not parse: " + parsed.error);
    return;
  }
  for (const char* kind : {"audio", "video"}) {
    if (!parsed.description->has_media(kind)) {
      judgement.fail("mediaOffer", std::string("the SDP has no m=") + kind + " section");
    }
  }
}

void media_offer_is_offer_sent(const Observed& observed, Judgement& judgement) {
  auto offer = media_offer(observed, judgement);
  if (!offer) return;
  if (*offer != observed.escalation.offer) {
    judgement.fail("mediaOffer", "the SDP (" + std::to_string(offer->size()) +
                                     " bytes) is not the offer sent (" +
                                     std::to_string(observed.escalation.offer.size()) + " bytes)");
  }
}

}  // namespace ucwa::check::rules
