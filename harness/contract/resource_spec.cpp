#include "contract/resource_spec.hpp"

#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

constexpr Level MUST = Level::must;
constexpr auto string = ValueType::string;
constexpr auto boolean = ValueType::boolean;
constexpr auto enumeration = ValueType::enumeration;
constexpr auto external = ValueType::external_resource;
constexpr auto single = Cardinality::single;
constexpr auto list = Cardinality::list;

}  // namespace

// Property types come from the input tables of related operations where the invitation's page
// gives none, and otherwise from the sample, which then is the only definition of the type
// (the samples illustrate "response syntax"): MUST either way.
const ResourceSpec& audio_video_invitation_spec() {
  static const ResourceSpec spec{
      "audioVideoInvitation",
      source::audio_video_invitation,
      "The invitation",
      "audioVideoInvitation_ref.md's Links table lists the relation; PayloadFormat.md: \"The API "
      "reference gives information about each link that indicates whether it is a single link or "
      "an array.\", and the page's sample writes each one as a single {\"href\" : ...} object.",
      {
          {"AVI-PROP-1", "address", string, MUST, source::start_emergency_call,
           "startEmergencyCall_ref.md's input row \"address | AddressString\" types it String; "
           "audioVideoInvitation_ref.md: \"address | The address for a custom location\"."},
          {"AVI-PROP-2", "bandwidthControlId", string, MUST, source::audio_video_invitation,
           "The sample's \"bandwidthControlId\" : \"samplevalue\" is the only definition of its "
           "type (the samples illustrate \"response syntax\"); the page: \"The bandwidth control "
           "ID.\""},
          {"AVI-PROP-3", "building", string, MUST, source::start_emergency_call,
           "startEmergencyCall_ref.md's input row \"building | Building/Room NoString\" types it "
           "String; "
           "audioVideoInvitation_ref.md: \"Building/Room Number of a custom location\"."},
          {"AVI-PROP-4", "city", string, MUST, source::start_emergency_call,
           "startEmergencyCall_ref.md's input row \"city | CityString\" types it String; "
           "audioVideoInvitation_ref.md: \"City for a custom location\"."},
          {"AVI-PROP-5", "country", string, MUST, source::start_emergency_call,
           "startEmergencyCall_ref.md's input row \"country | Country/RegionString\" types it "
           "String; "
           "audioVideoInvitation_ref.md: \"Country/Region for acustom location\"."},
          {"AVI-PROP-6", "customContent", external, MUST, source::payload_format,
           "PayloadFormat.md: non-UCWA content \"is represented as a link, where the \"href\" is "
           "not an HTTP URL but a Data URI\" and \"The Data URI syntax is defined in RFC 2397.\""},
          {"AVI-PROP-7", "delegator", string, MUST, source::on_behalf_of_delegator,
           "startAudioVideoOnBehalfOfDelegator_ref.md types delegator \"String\"; "
           "audioVideoInvitation_ref.md: \"Delegator uri on behalf of whom the invitation is "
           "made.\""},
          {"AVI-PROP-8", "direction", enumeration, MUST, source::direction,
           "audioVideoInvitation_ref.md: \"direction | The direction of the invitation.\"; "
           "Direction_ref.md lists its values.",
           &direction()},
          {"AVI-PROP-9", "importance", enumeration, MUST, source::importance,
           "audioVideoInvitation_ref.md: \"importance | The importance.\"; Importance_ref.md lists "
           "its values.",
           &importance()},
          {"AVI-PROP-10", "joinAudioMuted", boolean, MUST, source::add_audio_video,
           "addAudioVideo_ref.md types joinAudioMuted \"Nullable Boolean\"; "
           "audioVideoInvitation_ref.md: \"The audio mute status upon joining the online "
           "meeting.\"",
           nullptr, 0, true},
          {"AVI-PROP-11", "joinVideoMuted", boolean, MUST, source::add_audio_video,
           "addAudioVideo_ref.md types joinVideoMuted \"Nullable Boolean\"; "
           "audioVideoInvitation_ref.md: \"The video mute status upon joining the online "
           "meeting.\"",
           nullptr, 0, true},
          {"AVI-PROP-12", "locationState", string, MUST, source::audio_video_invitation,
           "The sample's \"locationState\" : \"samplevalue\" is the only definition of its type "
           "(the samples illustrate \"response syntax\"); the page: \"State/Province for a custom "
           "location\"."},
          {"AVI-PROP-13", "mediaOffer", external, MUST, source::payload_format,
           "PayloadFormat.md: non-UCWA content \"is represented as a link, where the \"href\" is "
           "not an HTTP URL but a Data URI\"; the samples write mediaOffer as "
           "\"data:application/sdp;base64,base64-encoded-sdp\"."},
          {"AVI-PROP-14", "operationId", string, MUST, source::audio_video_invitation,
           "audioVideoInvitation_ref.md: \"operationId | The operation ID as supplied by the "
           "client.The maximum length is 50 characters.\"",
           nullptr, 50},
          {"AVI-PROP-15", "privateLine", boolean, MUST, source::audio_video_invitation,
           "The sample's \"privateLine\" : false is the only definition of its type (the samples "
           "illustrate \"response syntax\"); the page: \"Whether this invitation was received on a "
           "private line of the local participant.\""},
          {"AVI-PROP-16", "sessionContext", string, MUST, source::audio_video_invitation,
           "audioVideoInvitation_ref.md: \"sessionContext | The session context.The maximum length "
           "is 50 characters.\"",
           nullptr, 50},
          {"AVI-PROP-17", "state", enumeration, MUST, source::invitation_state,
           "audioVideoInvitation_ref.md: \"state | The invitation state.\"; InvitationState_ref.md "
           "lists its values.",
           &invitation_state()},
          {"AVI-PROP-18", "subject", string, MUST, source::audio_video_invitation,
           "audioVideoInvitation_ref.md: \"subject | The subject.The maximum length is 250 "
           "characters.\"",
           nullptr, 250},
          {"AVI-PROP-19", "threadId", string, MUST, source::audio_video_invitation,
           "startEmergencyCall_ref.md's input row types threadId \"String\"; "
           "audioVideoInvitation_ref.md: \"threadId | The thread ID of the conversation.\""},
          {"AVI-PROP-20", "to", string, MUST, source::audio_video_invitation,
           "startEmergencyCall_ref.md's input row \"to | The contact that this invitation is to "
           "be sent to.String\" types it String; audioVideoInvitation_ref.md: \"to | The target "
           "of this invitation.\""},
          {"AVI-PROP-21", "zip", string, MUST, source::start_emergency_call,
           "startEmergencyCall_ref.md's input row \"zip | Zip/PostalCodeString\" types it String; "
           "audioVideoInvitation_ref.md: \"Zip/PostalCode for a custom location\"."},
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
          {"AVI-EMB-1", "acceptedByParticipant", list, "participant",
           "PayloadFormat.md: an embedded value is \"an array of objects (if there can be multiple "
           "embedded resources)\"; escalateAudioVideo_ref.md's sample writes "
           "\"acceptedByParticipant\" : [ { \"rel\" : \"participant\", ... } ], the only "
           "definition of its shape."},
          {"AVI-EMB-2", "from", single, "participant",
           "PayloadFormat.md: an embedded value is \"an object containing the entire resource (if "
           "there can be only one embedded resource with that name)\"; escalateAudioVideo_ref.md's "
           "sample writes \"from\" : { \"rel\" : \"participant\", ... }, the only definition of "
           "its shape."},
          {"AVI-EMB-3", "startEmergencyCallInput", list, "startEmergencyCallParameters",
           "PayloadFormat.md: an embedded value is \"an array of objects (if there can be multiple "
           "embedded resources)\"; escalateAudioVideo_ref.md's sample writes "
           "\"startEmergencyCallInput\" : [ { \"rel\" : \"startEmergencyCallParameters\", "
           "\"_links\" : { \"self\" : ... } } ], the only definition of its shape."},
      },
  };
  return spec;
}

// The page describes each boolean as "Whether the participant is ..."; its sample's JSON true
// is the only definition of their type: MUST.
const ResourceSpec& participant_spec() {
  static const ResourceSpec spec{
      "participant",
      source::participant,
      "An embedded participant",
      "participant_ref.md's Links table lists the relation; PayloadFormat.md: \"The API reference "
      "gives information about each link that indicates whether it is a single link or an "
      "array.\", and the page's sample writes each one as a single {\"href\" : ...} object.",
      {
          {"PAR-PROP-1", "anonymous", boolean, MUST, source::participant,
           "participant_ref.md: \"Whether the participant is anonymous.\"; its sample's "
           "\"anonymous\" : true is the only definition of the type."},
          {"PAR-PROP-2", "inLobby", boolean, MUST, source::participant,
           "participant_ref.md: \"Whether the participant is in the lobby.\"; its sample's "
           "\"inLobby\" : true is the only definition of the type."},
          {"PAR-PROP-3", "local", boolean, MUST, source::participant,
           "participant_ref.md: \"Whether the participant is local.\"; its sample's \"local\" : "
           "true is the only definition of the type."},
          {"PAR-PROP-4", "name", string, MUST, source::participant,
           "participant_ref.md: \"The participant's display name.\"; its sample writes \"name\" : "
           "\"Joe Smith\"."},
          {"PAR-PROP-5", "organizer", boolean, MUST, source::participant,
           "participant_ref.md: \"Whether the participant is an organizer.\"; its sample's "
           "\"organizer\" : true is the only definition of the type."},
          {"PAR-PROP-6", "otherPhoneNumber", string, MUST, source::participant,
           "participant_ref.md: \"The participant's Other Phone.\"; its sample writes "
           "\"tel:+14251111111\"."},
          {"PAR-PROP-7", "role", enumeration, MUST, source::role,
           "participant_ref.md: \"The participant's role ([Role](Role_ref.md)), such as Attendee "
           "or Leader.\"; Role_ref.md lists its values.",
           &role()},
          {"PAR-PROP-8", "sourceNetwork", enumeration, MUST, source::source_network,
           "participant_ref.md: \"The participant's source network "
           "([SourceNetwork](SourceNetwork_ref.md))\"; SourceNetwork_ref.md lists its values.",
           &source_network()},
          {"PAR-PROP-9", "uri", string, MUST, source::participant,
           "participant_ref.md: \"The participant's URI.\"; its sample writes "
           "\"sip:john@contoso.com\"."},
          {"PAR-PROP-10", "workPhoneNumber", string, MUST, source::participant,
           "participant_ref.md: \"The participant's Phone URI.\"; its sample writes "
           "\"tel:+14251111111\"."},
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

}  // namespace ucwa::contract
