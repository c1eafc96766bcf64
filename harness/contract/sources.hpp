#pragma once

#include <string_view>

// The UCWA 2.0 reference pages (Skype for Business 2015) clauses cite. Their published text is
// kept in OfficeDev/skype-docs-migration under SkypeSDK-ops-redirect/UCWA/.
namespace ucwa::contract::source {

inline constexpr std::string_view escalate_audio_video = "UCWA/escalateAudioVideo_ref.md";
inline constexpr std::string_view audio_video_invitation = "UCWA/audioVideoInvitation_ref.md";
inline constexpr std::string_view participant = "UCWA/participant_ref.md";
inline constexpr std::string_view payload_format = "UCWA/PayloadFormat.md";
inline constexpr std::string_view operation_resource = "UCWA/OperationResource.md";
inline constexpr std::string_view start_emergency_call = "UCWA/startEmergencyCall_ref.md";
inline constexpr std::string_view on_behalf_of_delegator =
    "UCWA/startAudioVideoOnBehalfOfDelegator_ref.md";
inline constexpr std::string_view add_audio_video = "UCWA/addAudioVideo_ref.md";
inline constexpr std::string_view direction = "UCWA/Direction_ref.md";
inline constexpr std::string_view importance = "UCWA/Importance_ref.md";
inline constexpr std::string_view invitation_state = "UCWA/InvitationState_ref.md";
inline constexpr std::string_view role = "UCWA/Role_ref.md";
inline constexpr std::string_view source_network = "UCWA/SourceNetwork_ref.md";
inline constexpr std::string_view query_parameters = "UCWA/QueryParameters.md";
inline constexpr std::string_view hypermedia = "UCWA/Hypermedia.md";
inline constexpr std::string_view audio_video = "UCWA/audioVideo_ref.md";
inline constexpr std::string_view payload_format_equivalence =
    "UCWA/PayloadFormat.md (equivalence rules: docs/architecture.md)";
inline constexpr std::string_view rfc9110_negotiation = "RFC 9110 section 12.5.1 (Accept)";
inline constexpr std::string_view rfc9110_allow = "RFC 9110 section 15.5.6 (405 and Allow)";
inline constexpr std::string_view errors_and_messages = "UCWA/ErrorsAndInformationalMessages.md";
inline constexpr std::string_view generic_errors = "UCWA/GenericSynchronousErrors.md";
inline constexpr std::string_view authentication = "UCWA/AuthenticationInUCWA.md";
inline constexpr std::string_view scope_permissions =
    "UCWA/SkypeForBusinessOnlineScopePermissions.md";
inline constexpr std::string_view event_channel_details = "UCWA/EventChannelDetails.md";
inline constexpr std::string_view receive_an_im = "UCWA/ReceiveAnIM.md";
inline constexpr std::string_view audio_video_negotiation = "UCWA/audioVideoNegotiation_ref.md";
inline constexpr std::string_view sdp_for_both_modalities =
    "UCWA/escalateAudioVideo_ref.md (SDP for both modalities)";

}  // namespace ucwa::contract::source
