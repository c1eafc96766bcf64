// The catalogue against lists written from the UCWA pages (audioVideoInvitation_ref.md,
// participant_ref.md, their enumerations and escalateAudioVideo_ref.md): every property,
// enumeration value, link relation and embedded resource named there has its clause.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "contract/catalogue.hpp"
#include "contract/described_member.hpp"
#include "contract/error_spec.hpp"
#include "contract/parameter_spec.hpp"
#include "contract/resource_spec.hpp"

namespace {

using namespace ucwa;

// audioVideoInvitation_ref.md's properties (rel is the resource's own name, checked by AVI-REL-1).
const std::set<std::string> invitation_properties{"address",
                                                  "bandwidthControlId",
                                                  "building",
                                                  "city",
                                                  "country",
                                                  "customContent",
                                                  "delegator",
                                                  "direction",
                                                  "importance",
                                                  "joinAudioMuted",
                                                  "joinVideoMuted",
                                                  "locationState",
                                                  "mediaOffer",
                                                  "operationId",
                                                  "privateLine",
                                                  "sessionContext",
                                                  "state",
                                                  "subject",
                                                  "threadId",
                                                  "to",
                                                  "zip"};

// audioVideoInvitation_ref.md's links (self is checked by AVI-LINK-1).
const std::set<std::string> invitation_links{"customContent",
                                             "mediaOffer",
                                             "acceptedByContact",
                                             "acceptWithAnswer",
                                             "acceptWithPhoneAudio",
                                             "audioVideo",
                                             "cancel",
                                             "conversation",
                                             "decline",
                                             "delegator",
                                             "derivedAudioVideo",
                                             "derivedConversation",
                                             "forwardedBy",
                                             "from",
                                             "onBehalfOf",
                                             "replacesAudioVideo",
                                             "reportMediaDiagnostics",
                                             "sendProvisionalAnswer",
                                             "to",
                                             "transferredBy"};

// audioVideoInvitation_ref.md's embedded resources.
const std::set<std::string> invitation_embedded{"acceptedByParticipant", "from",
                                                "startEmergencyCallInput"};

// participant_ref.md.
const std::set<std::string> participant_properties{
    "anonymous",        "inLobby", "local",         "name", "organizer",
    "otherPhoneNumber", "role",    "sourceNetwork", "uri",  "workPhoneNumber"};
const std::set<std::string> participant_links{"admit",
                                              "contact",
                                              "contactPhoto",
                                              "contactPresence",
                                              "conversation",
                                              "demote",
                                              "eject",
                                              "me",
                                              "participantApplicationSharing",
                                              "participantAudio",
                                              "participantDataCollaboration",
                                              "participantMessaging",
                                              "participantPanoramicVideo",
                                              "participantVideo",
                                              "promote",
                                              "reject"};

// The enumerations' pages (Direction_ref.md, Importance_ref.md, ...).
const std::map<std::string, std::set<std::string>> enumerations{
    {"direction", {"Incoming", "Outgoing"}},
    {"importance", {"Emergency", "Normal", "Urgent"}},
    {"state",
     {"Alerting", "Cancelled", "Connected", "Connecting", "Declined", "Failed", "Forwarded",
      "TeamRing"}},
    {"role", {"Attendee", "Leader", "Unknown"}},
    {"sourceNetwork", {"Everyone", "Federated", "PublicCloud", "SameEnterprise", "Unknown"}},
};

// The names of the described members of one owner and kind, each checked to have its clause.
std::set<std::string> names_of(contract::Owner owner, contract::MemberKind kind) {
  std::set<std::string> names;
  for (const contract::DescribedMember& member : contract::described_members()) {
    if (member.owner != owner || member.kind != kind) continue;
    names.insert(std::string(member.name()));
    EXPECT_NE(contract::find_clause(member.clause_id()), nullptr)
        << member.clause_id() << " is not in the catalogue";
  }
  return names;
}

using contract::MemberKind;
using contract::Owner;

TEST(NotesWalk, EveryInvitationPropertyHasItsClause) {
  EXPECT_EQ(names_of(Owner::invitation, MemberKind::property), invitation_properties);
}

TEST(NotesWalk, EveryInvitationLinkRelationHasItsClause) {
  EXPECT_EQ(names_of(Owner::invitation, MemberKind::link), invitation_links);
  EXPECT_NE(contract::find_clause("AVI-LINK-1"), nullptr) << "the self link";
}

TEST(NotesWalk, EveryEmbeddedResourceHasItsClause) {
  EXPECT_EQ(names_of(Owner::invitation, MemberKind::embedded), invitation_embedded);
}

TEST(NotesWalk, EveryParticipantPropertyAndLinkHasItsClause) {
  EXPECT_EQ(names_of(Owner::participant, MemberKind::property), participant_properties);
  EXPECT_EQ(names_of(Owner::participant, MemberKind::link), participant_links);
  EXPECT_TRUE(names_of(Owner::participant, MemberKind::embedded).empty());
  EXPECT_NE(contract::find_clause("PAR-LINK-1"), nullptr) << "the participants' self links";
}

const contract::PropertySpec* find_property(const contract::ResourceSpec& spec,
                                            std::string_view name) {
  for (const auto& property : spec.properties) {
    if (property.name == name) return &property;
  }
  return nullptr;
}

TEST(NotesWalk, EveryEnumerationValueIsInTheCatalogue) {
  for (const auto& [property, values] : enumerations) {
    const contract::PropertySpec* spec =
        find_property(contract::audio_video_invitation_spec(), property);
    if (!spec) spec = find_property(contract::participant_spec(), property);
    ASSERT_NE(spec, nullptr) << property;
    ASSERT_NE(spec->enumeration, nullptr) << property;
    std::set<std::string> catalogued(spec->enumeration->values.begin(),
                                     spec->enumeration->values.end());
    EXPECT_EQ(catalogued, values) << property;
    for (const std::string& value : values) {
      EXPECT_NE(contract::find_clause(spec->clause_id)->promise.find(value), std::string_view::npos)
          << spec->clause_id << " does not name " << value;
    }
  }
}

TEST(NotesWalk, TheCatalogueHoldsAtLeastSixtyClauses) {
  EXPECT_GE(contract::catalogue().size(), 60u);
}

}  // namespace

namespace {

// escalateAudioVideo_ref.md's error table, row for row (error, status, subcode).
struct SeedErrorRow {
  const char* code;
  int status;
  const char* subcode;
};
const SeedErrorRow seed_error_table[] = {
    {"ServiceFailure", 500, "CallbackChannelError"},
    {"Conflict", 409, "AlreadyExists"},
    {"Conflict", 409, "TooManyGroups"},
    {"Conflict", 409, "None"},
    {"Gone", 410, "CannotRedirect"},
};

TEST(NotesWalk, EveryRowOfTheSeedErrorTableHasAMustClause) {
  const auto rows = contract::operation_errors();
  ASSERT_EQ(rows.size(), std::size(seed_error_table));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const auto& seed = seed_error_table[i];
    EXPECT_EQ(row.expected.status, seed.status) << row.clause_id;
    EXPECT_EQ(row.expected.code, seed.code) << row.clause_id;
    if (std::string(seed.subcode) == "None") {
      EXPECT_EQ(row.expected.subcode_rule, contract::SubcodeRule::none) << row.clause_id;
    } else {
      EXPECT_EQ(row.expected.subcode_rule, contract::SubcodeRule::named) << row.clause_id;
      EXPECT_EQ(row.expected.subcode, seed.subcode) << row.clause_id;
    }
    ASSERT_NE(contract::find_clause(row.clause_id), nullptr) << row.clause_id;
    EXPECT_EQ(contract::find_clause(row.clause_id)->level, contract::Level::must);
  }
}

// escalateAudioVideo_ref.md: both query parameters required, at most 50 characters.
TEST(NotesWalk, BothQueryParametersHaveTheirLimitClauses) {
  std::map<std::string, std::size_t> documented{{"operationId", 50}, {"sessionContext", 50}};
  std::map<std::string, std::size_t> described;
  for (const auto& parameter : contract::escalation_parameters())
    described[std::string(parameter.name)] = parameter.max_length;
  EXPECT_EQ(described, documented);
}

}  // namespace
