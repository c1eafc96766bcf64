#include "contract/catalogue.hpp"

#include <algorithm>
#include <array>

#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

constexpr Level MUST = Level::must;
constexpr Level SHOULD = Level::should;

constexpr std::array clauses{
    // The operation's answer.
    Clause{"ESC-RESP-1", MUST, source::operation_resource,
           "A successful escalateAudioVideo POST answers 201 Created."},
    // Representations.
    Clause{"REP-CTYPE-1", MUST, source::payload_format,
           "A response body is JSON (application/json or application/vnd.microsoft.com.ucwa+json) "
           "or XML (application/xml or application/vnd.microsoft.com.ucwa+xml), as Content-Type "
           "says."},
    Clause{"REP-CTYPE-2", SHOULD, source::rfc9110_negotiation,
           "A response is in the representation the request's Accept header asked for."},
    // The audioVideoInvitation resource.
    Clause{"AVI-REL-1", MUST, source::escalate_audio_video,
           "The 201 body is an audioVideoInvitation resource (rel \"audioVideoInvitation\")."},
    Clause{"AVI-LINK-1", MUST, source::payload_format,
           "The audioVideoInvitation has a self link (JSON _links.self, XML resource@href)."},
    Clause{"AVI-ECHO-1", MUST, source::audio_video_invitation,
           "The invitation's operationId is the operationId the client supplied."},
    Clause{"AVI-ECHO-2", MUST, source::audio_video_invitation,
           "The invitation's sessionContext is the sessionContext the client supplied."},
    Clause{"AVI-PROP-8", MUST, source::direction,
           "The invitation's direction is a Direction value (Incoming, Outgoing)."},
    Clause{"AVI-PROP-9", MUST, source::importance,
           "The invitation's importance is an Importance value (Emergency, Normal, Urgent)."},
    Clause{"AVI-PROP-17", MUST, source::invitation_state,
           "The invitation's state is an InvitationState value (Alerting, Cancelled, Connected, "
           "Connecting, Declined, Failed, Forwarded, TeamRing)."},
};

}  // namespace

std::span<const Clause> catalogue() { return clauses; }

const Clause* find_clause(std::string_view id) {
  auto found = std::find_if(clauses.begin(), clauses.end(),
                            [id](const Clause& clause) { return clause.id == id; });
  return found == clauses.end() ? nullptr : &*found;
}

}  // namespace ucwa::contract
