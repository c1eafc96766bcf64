#include "contract/resource_spec.hpp"

#include <algorithm>

#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

constexpr Level MUST = Level::must;
constexpr Level SHOULD = Level::should;
constexpr auto string = ValueType::string;
constexpr auto boolean = ValueType::boolean;
constexpr auto enumeration = ValueType::enumeration;
constexpr auto external = ValueType::external_resource;
constexpr auto single = Cardinality::single;
constexpr auto list = Cardinality::list;

}  // namespace

// Property types come from the input tables of related operations where the invitation's page
// gives none; types only the samples suggest (bandwidthControlId, privateLine) are SHOULD.
const ResourceSpec& audio_video_invitation_spec() {
  static const ResourceSpec spec{
      "audioVideoInvitation",
      source::audio_video_invitation,
      "The invitation",
      {
          {"AVI-PROP-1", "address", string, MUST, source::start_emergency_call},
          {"AVI-PROP-2", "bandwidthControlId", string, SHOULD, source::audio_video_invitation},
          {"AVI-PROP-3", "building", string, MUST, source::start_emergency_call},
          {"AVI-PROP-4", "city", string, MUST, source::start_emergency_call},
          {"AVI-PROP-5", "country", string, MUST, source::start_emergency_call},
          {"AVI-PROP-6", "customContent", external, MUST, source::payload_format},
          {"AVI-PROP-7", "delegator", string, MUST, source::on_behalf_of_delegator},
          {"AVI-PROP-8", "direction", enumeration, MUST, source::direction, &direction()},
          {"AVI-PROP-9", "importance", enumeration, MUST, source::importance, &importance()},
          {"AVI-PROP-10", "joinAudioMuted", boolean, MUST, source::add_audio_video, nullptr, 0,
           true},
          {"AVI-PROP-11", "joinVideoMuted", boolean, MUST, source::add_audio_video, nullptr, 0,
           true},
          {"AVI-PROP-12", "locationState", string, MUST, source::audio_video_invitation},
          {"AVI-PROP-13", "mediaOffer", external, MUST, source::payload_format},
          {"AVI-PROP-14", "operationId", string, MUST, source::audio_video_invitation, nullptr, 50},
          {"AVI-PROP-15", "privateLine", boolean, SHOULD, source::audio_video_invitation},
          {"AVI-PROP-16", "sessionContext", string, MUST, source::audio_video_invitation, nullptr,
           50},
          {"AVI-PROP-17", "state", enumeration, MUST, source::invitation_state,
           &invitation_state()},
          {"AVI-PROP-18", "subject", string, MUST, source::audio_video_invitation, nullptr, 250},
          {"AVI-PROP-19", "threadId", string, MUST, source::audio_video_invitation},
          {"AVI-PROP-20", "to", string, MUST, source::audio_video_invitation},
          {"AVI-PROP-21", "zip", string, MUST, source::start_emergency_call},
      },
      {
          {"AVI-LINK-2", "customContent", single},
          {"AVI-LINK-3", "mediaOffer", single},
          {"AVI-LINK-4", "acceptedByContact", single},
          {"AVI-LINK-5", "acceptWithAnswer", single},
          {"AVI-LINK-6", "acceptWithPhoneAudio", single},
          {"AVI-LINK-7", "audioVideo", single},
          {"AVI-LINK-8", "cancel", single},
          {"AVI-LINK-9", "conversation", single},
          {"AVI-LINK-10", "decline", single},
          {"AVI-LINK-11", "delegator", single},
          {"AVI-LINK-12", "derivedAudioVideo", single},
          {"AVI-LINK-13", "derivedConversation", single},
          {"AVI-LINK-14", "forwardedBy", single},
          {"AVI-LINK-15", "from", single},
          {"AVI-LINK-16", "onBehalfOf", single},
          {"AVI-LINK-17", "replacesAudioVideo", single},
          {"AVI-LINK-18", "reportMediaDiagnostics", single},
          {"AVI-LINK-19", "sendProvisionalAnswer", single},
          {"AVI-LINK-20", "to", single},
          {"AVI-LINK-21", "transferredBy", single},
      },
      {
          {"AVI-EMB-1", "acceptedByParticipant", list, "participant"},
          {"AVI-EMB-2", "from", single, "participant"},
          {"AVI-EMB-3", "startEmergencyCallInput", list, "startEmergencyCallParameters"},
      },
  };
  return spec;
}

// The booleans' names are documented, their type only shown (samples, third-party clients):
// SHOULD, except organizer, whose type the page states.
const ResourceSpec& participant_spec() {
  static const ResourceSpec spec{
      "participant",
      source::participant,
      "An embedded participant",
      {
          {"PAR-PROP-1", "anonymous", boolean, SHOULD, source::participant},
          {"PAR-PROP-2", "inLobby", boolean, SHOULD, source::participant},
          {"PAR-PROP-3", "local", boolean, SHOULD, source::participant},
          {"PAR-PROP-4", "name", string, MUST, source::participant},
          {"PAR-PROP-5", "organizer", boolean, MUST, source::participant},
          {"PAR-PROP-6", "otherPhoneNumber", string, MUST, source::participant},
          {"PAR-PROP-7", "role", enumeration, MUST, source::role, &role()},
          {"PAR-PROP-8", "sourceNetwork", enumeration, MUST, source::source_network,
           &source_network()},
          {"PAR-PROP-9", "uri", string, MUST, source::participant},
          {"PAR-PROP-10", "workPhoneNumber", string, MUST, source::participant},
      },
      {
          {"PAR-LINK-2", "admit", single},
          {"PAR-LINK-3", "contact", single},
          {"PAR-LINK-4", "contactPhoto", single},
          {"PAR-LINK-5", "contactPresence", single},
          {"PAR-LINK-6", "conversation", single},
          {"PAR-LINK-7", "demote", single},
          {"PAR-LINK-8", "eject", single},
          {"PAR-LINK-9", "me", single},
          {"PAR-LINK-10", "participantApplicationSharing", single},
          {"PAR-LINK-11", "participantAudio", single},
          {"PAR-LINK-12", "participantDataCollaboration", single},
          {"PAR-LINK-13", "participantMessaging", single},
          {"PAR-LINK-14", "participantPanoramicVideo", single},
          {"PAR-LINK-15", "participantVideo", single},
          {"PAR-LINK-16", "promote", single},
          {"PAR-LINK-17", "reject", single},
      },
      {},
  };
  return spec;
}

const PropertySpec* find_property(const ResourceSpec& spec, std::string_view name) {
  auto found = std::find_if(spec.properties.begin(), spec.properties.end(),
                            [name](const PropertySpec& p) { return p.name == name; });
  return found == spec.properties.end() ? nullptr : &*found;
}

}  // namespace ucwa::contract
