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
  static const ResourceSpec spec = {
      .rel = "audioVideoInvitation",
      .source = source::audio_video_invitation,
      .subject = "The invitation",
      .links_basis =
          "audioVideoInvitation_ref.md's Links table lists the relation; PayloadFormat.md: \"The "
          "API reference gives information about each link that indicates whether it is a single "
          "link or an array.\", and the page's sample writes each one as a single {\"href\" : ...} "
          "object.",
      .properties =
          {
              {.clause_id = "AVI-PROP-1",
               .name = "address",
               .type = string,
               .level = MUST,
               .source = source::start_emergency_call,
               .basis = "startEmergencyCall_ref.md's input row \"address | AddressString\" types "
                        "it String; audioVideoInvitation_ref.md: \"address | The address for a "
                        "custom location\"."},
              {.clause_id = "AVI-PROP-2",
               .name = "bandwidthControlId",
               .type = string,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "The sample's \"bandwidthControlId\" : \"samplevalue\" is the only "
                        "definition of its type (the samples illustrate \"response syntax\"); the "
                        "page: \"The bandwidth control ID.\""},
              {.clause_id = "AVI-PROP-3",
               .name = "building",
               .type = string,
               .level = MUST,
               .source = source::start_emergency_call,
               .basis = "startEmergencyCall_ref.md's input row \"building | Building/Room "
                        "NoString\" types it String; audioVideoInvitation_ref.md: \"Building/Room "
                        "Number of a custom location\"."},
              {.clause_id = "AVI-PROP-4",
               .name = "city",
               .type = string,
               .level = MUST,
               .source = source::start_emergency_call,
               .basis = "startEmergencyCall_ref.md's input row \"city | CityString\" types it "
                        "String; audioVideoInvitation_ref.md: \"City for a custom location\"."},
              {.clause_id = "AVI-PROP-5",
               .name = "country",
               .type = string,
               .level = MUST,
               .source = source::start_emergency_call,
               .basis = "startEmergencyCall_ref.md's input row \"country | Country/RegionString\" "
                        "types it String; audioVideoInvitation_ref.md: \"Country/Region for "
                        "acustom location\"."},
              {.clause_id = "AVI-PROP-6",
               .name = "customContent",
               .type = external,
               .level = MUST,
               .source = source::payload_format,
               .basis = "PayloadFormat.md: non-UCWA content \"is represented as a link, where the "
                        "\"href\" is not an HTTP URL but a Data URI\" and \"The Data URI syntax is "
                        "defined in RFC 2397.\""},
              {.clause_id = "AVI-PROP-7",
               .name = "delegator",
               .type = string,
               .level = MUST,
               .source = source::on_behalf_of_delegator,
               .basis = "startAudioVideoOnBehalfOfDelegator_ref.md types delegator \"String\"; "
                        "audioVideoInvitation_ref.md: \"Delegator uri on behalf of whom the "
                        "invitation is made.\""},
              {.clause_id = "AVI-PROP-8",
               .name = "direction",
               .type = enumeration,
               .level = MUST,
               .source = source::direction,
               .basis = "audioVideoInvitation_ref.md: \"direction | The direction of the "
                        "invitation.\"; Direction_ref.md lists its values.",
               .enumeration = &direction()},
              {.clause_id = "AVI-PROP-9",
               .name = "importance",
               .type = enumeration,
               .level = MUST,
               .source = source::importance,
               .basis = "audioVideoInvitation_ref.md: \"importance | The importance.\"; "
                        "Importance_ref.md lists its values.",
               .enumeration = &importance()},
              {.clause_id = "AVI-PROP-10",
               .name = "joinAudioMuted",
               .type = boolean,
               .level = MUST,
               .source = source::add_audio_video,
               .basis = "addAudioVideo_ref.md types joinAudioMuted \"Nullable Boolean\"; "
                        "audioVideoInvitation_ref.md: \"The audio mute status upon joining the "
                        "online meeting.\"",
               .enumeration = nullptr,
               .max_length = 0,
               .nullable = true},
              {.clause_id = "AVI-PROP-11",
               .name = "joinVideoMuted",
               .type = boolean,
               .level = MUST,
               .source = source::add_audio_video,
               .basis = "addAudioVideo_ref.md types joinVideoMuted \"Nullable Boolean\"; "
                        "audioVideoInvitation_ref.md: \"The video mute status upon joining the "
                        "online meeting.\"",
               .enumeration = nullptr,
               .max_length = 0,
               .nullable = true},
              {.clause_id = "AVI-PROP-12",
               .name = "locationState",
               .type = string,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "The sample's \"locationState\" : \"samplevalue\" is the only definition "
                        "of its type (the samples illustrate \"response syntax\"); the page: "
                        "\"State/Province for a custom location\"."},
              {.clause_id = "AVI-PROP-13",
               .name = "mediaOffer",
               .type = external,
               .level = MUST,
               .source = source::payload_format,
               .basis = "PayloadFormat.md: non-UCWA content \"is represented as a link, where the "
                        "\"href\" is not an HTTP URL but a Data URI\"; the samples write "
                        "mediaOffer as \"data:application/sdp;base64,base64-encoded-sdp\"."},
              {.clause_id = "AVI-PROP-14",
               .name = "operationId",
               .type = string,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "audioVideoInvitation_ref.md: \"operationId | The operation ID as supplied "
                        "by the client.The maximum length is 50 characters.\"",
               .enumeration = nullptr,
               .max_length = 50},
              {.clause_id = "AVI-PROP-15",
               .name = "privateLine",
               .type = boolean,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "The sample's \"privateLine\" : false is the only definition of its type "
                        "(the samples illustrate \"response syntax\"); the page: \"Whether this "
                        "invitation was received on a private line of the local participant.\""},
              {.clause_id = "AVI-PROP-16",
               .name = "sessionContext",
               .type = string,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "audioVideoInvitation_ref.md: \"sessionContext | The session context.The "
                        "maximum length is 50 characters.\"",
               .enumeration = nullptr,
               .max_length = 50},
              {.clause_id = "AVI-PROP-17",
               .name = "state",
               .type = enumeration,
               .level = MUST,
               .source = source::invitation_state,
               .basis = "audioVideoInvitation_ref.md: \"state | The invitation state.\"; "
                        "InvitationState_ref.md lists its values.",
               .enumeration = &invitation_state()},
              {.clause_id = "AVI-PROP-18",
               .name = "subject",
               .type = string,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "audioVideoInvitation_ref.md: \"subject | The subject.The maximum length "
                        "is 250 characters.\"",
               .enumeration = nullptr,
               .max_length = 250},
              {.clause_id = "AVI-PROP-19",
               .name = "threadId",
               .type = string,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "startEmergencyCall_ref.md's input row types threadId \"String\"; "
                        "audioVideoInvitation_ref.md: \"threadId | The thread ID of the "
                        "conversation.\""},
              {.clause_id = "AVI-PROP-20",
               .name = "to",
               .type = string,
               .level = MUST,
               .source = source::audio_video_invitation,
               .basis = "startEmergencyCall_ref.md's input row \"to | The contact that this "
                        "invitation is to be sent to.String\" types it String; "
                        "audioVideoInvitation_ref.md: \"to | The target of this invitation.\""},
              {.clause_id = "AVI-PROP-21",
               .name = "zip",
               .type = string,
               .level = MUST,
               .source = source::start_emergency_call,
               .basis = "startEmergencyCall_ref.md's input row \"zip | Zip/PostalCodeString\" "
                        "types it String; audioVideoInvitation_ref.md: \"Zip/PostalCode for a "
                        "custom location\"."},
          },
      .links =
          {
              {.clause_id = "AVI-LINK-2", .rel = "customContent", .cardinality = single},
              {.clause_id = "AVI-LINK-3", .rel = "mediaOffer", .cardinality = single},
              {.clause_id = "AVI-LINK-4", .rel = "acceptedByContact", .cardinality = single},
              {.clause_id = "AVI-LINK-5", .rel = "acceptWithAnswer", .cardinality = single},
              {.clause_id = "AVI-LINK-6", .rel = "acceptWithPhoneAudio", .cardinality = single},
              {.clause_id = "AVI-LINK-7", .rel = "audioVideo", .cardinality = single},
              {.clause_id = "AVI-LINK-8", .rel = "cancel", .cardinality = single},
              {.clause_id = "AVI-LINK-9", .rel = "conversation", .cardinality = single},
              {.clause_id = "AVI-LINK-10", .rel = "decline", .cardinality = single},
              {.clause_id = "AVI-LINK-11", .rel = "delegator", .cardinality = single},
              {.clause_id = "AVI-LINK-12", .rel = "derivedAudioVideo", .cardinality = single},
              {.clause_id = "AVI-LINK-13", .rel = "derivedConversation", .cardinality = single},
              {.clause_id = "AVI-LINK-14", .rel = "forwardedBy", .cardinality = single},
              {.clause_id = "AVI-LINK-15", .rel = "from", .cardinality = single},
              {.clause_id = "AVI-LINK-16", .rel = "onBehalfOf", .cardinality = single},
              {.clause_id = "AVI-LINK-17", .rel = "replacesAudioVideo", .cardinality = single},
              {.clause_id = "AVI-LINK-18", .rel = "reportMediaDiagnostics", .cardinality = single},
              {.clause_id = "AVI-LINK-19", .rel = "sendProvisionalAnswer", .cardinality = single},
              {.clause_id = "AVI-LINK-20", .rel = "to", .cardinality = single},
              {.clause_id = "AVI-LINK-21", .rel = "transferredBy", .cardinality = single},
          },
      .embedded = {
          {.clause_id = "AVI-EMB-1",
           .rel = "acceptedByParticipant",
           .cardinality = list,
           .inner_rel = "participant",
           .basis = "PayloadFormat.md: an embedded value is \"an array of objects (if there can be "
                    "multiple embedded resources)\"; escalateAudioVideo_ref.md's sample writes "
                    "\"acceptedByParticipant\" : [ { \"rel\" : \"participant\", ... } ], the only "
                    "definition of its shape."},
          {.clause_id = "AVI-EMB-2",
           .rel = "from",
           .cardinality = single,
           .inner_rel = "participant",
           .basis = "PayloadFormat.md: an embedded value is \"an object containing the entire "
                    "resource (if there can be only one embedded resource with that name)\"; "
                    "escalateAudioVideo_ref.md's sample writes \"from\" : { \"rel\" : "
                    "\"participant\", ... }, the only definition of its shape."},
          {.clause_id = "AVI-EMB-3",
           .rel = "startEmergencyCallInput",
           .cardinality = list,
           .inner_rel = "startEmergencyCallParameters",
           .basis = "PayloadFormat.md: an embedded value is \"an array of objects (if there can be "
                    "multiple embedded resources)\"; escalateAudioVideo_ref.md's sample writes "
                    "\"startEmergencyCallInput\" : [ { \"rel\" : \"startEmergencyCallParameters\", "
                    "\"_links\" : { \"self\" : ... } } ], the only definition of its shape."},
      }};
  return spec;
}

// The page describes each boolean as "Whether the participant is ..."; its sample's JSON true
// is the only definition of their type: MUST.
const ResourceSpec& participant_spec() {
  static const ResourceSpec spec = {
      .rel = "participant",
      .source = source::participant,
      .subject = "An embedded participant",
      .links_basis =
          "participant_ref.md's Links table lists the relation; PayloadFormat.md: \"The API "
          "reference gives information about each link that indicates whether it is a single link "
          "or an array.\", and the page's sample writes each one as a single {\"href\" : ...} "
          "object.",
      .properties =
          {
              {.clause_id = "PAR-PROP-1",
               .name = "anonymous",
               .type = boolean,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"Whether the participant is anonymous.\"; its "
                        "sample's \"anonymous\" : true is the only definition of the type."},
              {.clause_id = "PAR-PROP-2",
               .name = "inLobby",
               .type = boolean,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"Whether the participant is in the lobby.\"; its "
                        "sample's \"inLobby\" : true is the only definition of the type."},
              {.clause_id = "PAR-PROP-3",
               .name = "local",
               .type = boolean,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"Whether the participant is local.\"; its sample's "
                        "\"local\" : true is the only definition of the type."},
              {.clause_id = "PAR-PROP-4",
               .name = "name",
               .type = string,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"The participant's display name.\"; its sample "
                        "writes \"name\" : \"Joe Smith\"."},
              {.clause_id = "PAR-PROP-5",
               .name = "organizer",
               .type = boolean,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"Whether the participant is an organizer.\"; its "
                        "sample's \"organizer\" : true is the only definition of the type."},
              {.clause_id = "PAR-PROP-6",
               .name = "otherPhoneNumber",
               .type = string,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"The participant's Other Phone.\"; its sample writes "
                        "\"tel:+14251111111\"."},
              {.clause_id = "PAR-PROP-7",
               .name = "role",
               .type = enumeration,
               .level = MUST,
               .source = source::role,
               .basis = "participant_ref.md: \"The participant's role ([Role](Role_ref.md)), such "
                        "as Attendee or Leader.\"; Role_ref.md lists its values.",
               .enumeration = &role()},
              {.clause_id = "PAR-PROP-8",
               .name = "sourceNetwork",
               .type = enumeration,
               .level = MUST,
               .source = source::source_network,
               .basis = "participant_ref.md: \"The participant's source network "
                        "([SourceNetwork](SourceNetwork_ref.md))\"; SourceNetwork_ref.md lists its "
                        "values.",
               .enumeration = &source_network()},
              {.clause_id = "PAR-PROP-9",
               .name = "uri",
               .type = string,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"The participant's URI.\"; its sample writes "
                        "\"sip:john@contoso.com\"."},
              {.clause_id = "PAR-PROP-10",
               .name = "workPhoneNumber",
               .type = string,
               .level = MUST,
               .source = source::participant,
               .basis = "participant_ref.md: \"The participant's Phone URI.\"; its sample writes "
                        "\"tel:+14251111111\"."},
          },
      .links =
          {
              {.clause_id = "PAR-LINK-2", .rel = "admit", .cardinality = single},
              {.clause_id = "PAR-LINK-3", .rel = "contact", .cardinality = single},
              {.clause_id = "PAR-LINK-4", .rel = "contactPhoto", .cardinality = single},
              {.clause_id = "PAR-LINK-5", .rel = "contactPresence", .cardinality = single},
              {.clause_id = "PAR-LINK-6", .rel = "conversation", .cardinality = single},
              {.clause_id = "PAR-LINK-7", .rel = "demote", .cardinality = single},
              {.clause_id = "PAR-LINK-8", .rel = "eject", .cardinality = single},
              {.clause_id = "PAR-LINK-9", .rel = "me", .cardinality = single},
              {.clause_id = "PAR-LINK-10",
               .rel = "participantApplicationSharing",
               .cardinality = single},
              {.clause_id = "PAR-LINK-11", .rel = "participantAudio", .cardinality = single},
              {.clause_id = "PAR-LINK-12",
               .rel = "participantDataCollaboration",
               .cardinality = single},
              {.clause_id = "PAR-LINK-13", .rel = "participantMessaging", .cardinality = single},
              {.clause_id = "PAR-LINK-14",
               .rel = "participantPanoramicVideo",
               .cardinality = single},
              {.clause_id = "PAR-LINK-15", .rel = "participantVideo", .cardinality = single},
              {.clause_id = "PAR-LINK-16", .rel = "promote", .cardinality = single},
              {.clause_id = "PAR-LINK-17", .rel = "reject", .cardinality = single},
          },
      .embedded = {}};
  return spec;
}

}  // namespace ucwa::contract
