#include "contract/catalogue.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <string>
#include <vector>

#include "contract/clause_ids.hpp"
#include "contract/described_member.hpp"
#include "contract/error_spec.hpp"
#include "contract/event_clauses.hpp"
#include "contract/parameter_spec.hpp"
#include "contract/resource_spec.hpp"
#include "contract/sources.hpp"
#include "text/ascii.hpp"

namespace ucwa::contract {

namespace {

constexpr Level MUST = Level::must;
constexpr Level SHOULD = Level::should;

// Clauses written out one by one, each with the words that set its level.
const std::vector<Clause>& stated_clauses() {
  static const std::vector<Clause> clauses{
      // The operation's answer.
      {.id = id::ESC_RESP_1,
       .level = MUST,
       .source = source::operation_resource,
       .promise = "A successful escalateAudioVideo POST answers 201 Created.",
       .basis = "OperationResource.md: \"The response to the POST request will have the HTTP "
                "status code "
                "201 Created\"; escalateAudioVideo_ref.md's JSON and XML responses both begin "
                "\"HTTP/1.1 201 Created\".",
       .rule = Rule::answers_created},
      // Representations.
      {.id = id::REP_CTYPE_1,
       .level = MUST,
       .source = source::payload_format,
       .promise =
           "A response body is JSON (application/json or application/vnd.microsoft.com.ucwa+json) "
           "or "
           "XML (application/xml or application/vnd.microsoft.com.ucwa+xml), as Content-Type says.",
       .basis =
           "PayloadFormat.md: \"UCWA 2.0 supports two payload formats for HTTP requests and "
           "responses:\" \"JSON, with content type application/json\" and \"XML, with content type "
           "application/xml\"; \"Clients that wish to be more precise can use\" the vnd types.",
       .rule = Rule::names_ucwa_format},
      {.id = id::REP_CTYPE_2,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise = "A response is in the representation the request's Accept header asked for.",
       .basis =
           "escalateAudioVideo_ref.md documents both exchanges: the JSON request sends \"Accept: "
           "application/json\" and is answered \"Content-Type: application/json\"; the XML request "
           "sends \"Accept: application/xml\" and is answered \"Content-Type: application/xml\".",
       .rule = Rule::matches_requested_format},
      {.id = id::REP_CTYPE_3,
       .level = MUST,
       .source = source::payload_format,
       .promise = "A response to an Accept header naming a precise UCWA type "
                  "(application/vnd.microsoft.com.ucwa+json or +xml) is in that representation.",
       .basis =
           "PayloadFormat.md: \"Clients that wish to be more precise can use\" "
           "application/vnd.microsoft.com.ucwa+json and application/vnd.microsoft.com.ucwa+xml: a "
           "documented way to ask for each format, so each must get the format it names.",
       .rule = Rule::provoked_format},
      {.id = id::REP_SHAPE_1,
       .level = MUST,
       .source = source::payload_format,
       .promise =
           "Every link, property and embedded resource is written in its representation's "
           "documented "
           "shape (JSON _links and _embedded objects; XML <link>, <property>, <propertyList> and "
           "nested <resource> in the UCWA namespace).",
       .basis =
           "PayloadFormat.md: \"In the JSON representation, links are stored in a property named "
           "\"_links\"\"; \"In JSON, embedded resources are stored in an object in a property "
           "named \"_embedded\"\"; in XML \"Links are represented by a <link rel=\"...\" "
           "href=\"...\" [ title = \"...\"] /> element\" and \"Properties are represented by a "
           "<property name=\"...\"> [value]</property> element\".",
       .rule = Rule::has_documented_shape},
      // The audioVideoInvitation resource.
      {.id = id::AVI_REL_1,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise =
           "The 201 body is an audioVideoInvitation resource (rel \"audioVideoInvitation\").",
       .basis = "escalateAudioVideo_ref.md: Response body \"audioVideoInvitation | Represents an "
                "audio-video invitation.\"; its samples carry \"rel\" : \"audioVideoInvitation\".",
       .rule = Rule::is_audio_video_invitation},
      {.id = id::AVI_LINK_1,
       .level = MUST,
       .source = source::payload_format,
       .promise = "The audioVideoInvitation has a self link (JSON _links.self, XML resource@href).",
       .basis =
           "PayloadFormat.md: \"Each resource returned by UCWA 2.0 always has a special link with "
           "rel=\"self\", the \"self link\" that points to the URL of the resource.\"",
       .rule = Rule::has_self_link},
      {.id = id::AVI_ECHO_1,
       .level = MUST,
       .source = source::audio_video_invitation,
       .promise = "The invitation's operationId is the operationId the client supplied.",
       .basis = "audioVideoInvitation_ref.md: \"operationId | The operation ID as supplied by the "
                "client.\"",
       .rule = Rule::echoes_operation_id},
      {.id = id::AVI_ECHO_2,
       .level = SHOULD,
       .source = source::audio_video_invitation,
       .promise = "The invitation's sessionContext is the sessionContext the client supplied.",
       .basis =
           "Inferred: audioVideoInvitation_ref.md says only \"sessionContext | The session "
           "context.\" (\"as supplied by the client\" is said of operationId alone); the echo is "
           "inferred from the required query parameter of the same name on "
           "escalateAudioVideo_ref.md.",
       .rule = Rule::echoes_session_context},
      {.id = id::PAR_LINK_1,
       .level = MUST,
       .source = source::payload_format,
       .promise = "Every embedded participant has a self link, as every UCWA resource does.",
       .basis =
           "PayloadFormat.md: \"The \"self\" link associates a URL with each resource, even if it "
           "is embedded in another resource or arrives in the event channel.\"",
       .rule = Rule::participants_have_self_links},
      // Discovery: UCWA clients find operations only through links.
      {.id = id::DSC_1,
       .level = MUST,
       .source = source::hypermedia,
       .promise = "The conversation links (rel audioVideo) to the audioVideo resource the control "
                  "API named.",
       .basis =
           "Hypermedia.md: UCWA \"uses hypermedia links to discover and dynamically navigate the "
           "features that are available at any given time\"; conversation_ref.md's Links table "
           "lists audioVideo, \"Represents the audio/video modality in the corresponding "
           "conversation.\"",
       .rule = Rule::links_onward},
      {.id = id::DSC_2,
       .level = MUST,
       .source = source::audio_video,
       .promise = "While escalation is possible, the audioVideo resource links (rel "
                  "escalateAudioVideo) to "
                  "the operation the control API named.",
       .basis =
           "audioVideo_ref.md's Links table lists escalateAudioVideo; Hypermedia.md: \"The absence "
           "of a link indicates that the client is not allowed to access that resource either due "
           "to current state, policies, or other reasons.\"",
       .rule = Rule::links_onward},
      // Resolution: links that name resources lead to them.
      {.id = id::RES_1,
       .level = MUST,
       .source = source::hypermedia,
       .promise =
           "The invitation's conversation link answers a GET with 200 and a conversation resource.",
       .basis =
           "Hypermedia.md: a link's rel and href \"indicate the resource type and the URL of the "
           "resource. The client can store the link and fetch it as needed at some later time.\"",
       .rule = Rule::resolves},
      {.id = id::RES_2,
       .level = MUST,
       .source = source::hypermedia,
       .promise =
           "The invitation's audioVideo link answers a GET with 200 and an audioVideo resource.",
       .basis =
           "Hypermedia.md: a link's rel and href \"indicate the resource type and the URL of the "
           "resource. The client can store the link and fetch it as needed at some later time.\"",
       .rule = Rule::resolves},
      {.id = id::RES_3,
       .level = MUST,
       .source = source::payload_format,
       .promise = "Each embedded participant's self link answers a GET with 200 and a participant "
                  "resource.",
       .basis =
           "PayloadFormat.md: \"in some rare cases a resource cannot be retrieved with a GET "
           "operation to that URL (the API reference will point that out)\"; participant_ref.md "
           "documents GET: \"Returns a representation of the participant resource.\" (200 OK).",
       .rule = Rule::resolves},
      {.id = id::RES_4,
       .level = MUST,
       .source = source::payload_format,
       .promise = "The invitation's self link answers a GET with 200 and the audioVideoInvitation.",
       .basis = "PayloadFormat.md: \"in some rare cases a resource cannot be retrieved with a GET "
                "operation to that URL (the API reference will point that out)\"; "
                "audioVideoInvitation_ref.md documents GET, answered \"HTTP/1.1 200 OK\".",
       .rule = Rule::resolves},
      // The offer the invitation carries.
      {.id = id::SDP_1,
       .level = SHOULD,
       .source = source::escalate_audio_video,
       .promise =
           "The invitation's mediaOffer is SDP that parses and holds an m=audio and an m=video "
           "section.",
       .basis =
           "Inferred from escalateAudioVideo_ref.md's \"The client must provide sdp for both "
           "modalities\" (a duty of the client) and mediaOffer's \"The SDP offers.\"; no page says "
           "what the invitation's offer holds.",
       .rule = Rule::media_offer_has_audio_and_video},
      {.id = id::SDP_2,
       .level = SHOULD,
       .source = source::escalate_audio_video,
       .promise = "The invitation's mediaOffer is the offer the client sent.",
       .basis =
           "Inferred: audioVideoInvitation_ref.md says only \"mediaOffer | The SDP offers.\"; that "
           "they are the offer this POST supplied is not stated.",
       .rule = Rule::media_offer_is_offer_sent},
      // JSON and XML are two spellings of one resource.
      {.id = id::PTY_1,
       .level = MUST,
       .source = source::payload_format_equivalence,
       .promise =
           "The invitation fetched as JSON and as XML is the same resource: properties and values, "
           "links as a multiset, embedded resources matched by rel and self href.",
       .basis =
           "PayloadFormat.md: \"Request and response payloads can be specified as either JSON or "
           "XML.\"; its XML section lists \"The most significant differences\", all of spelling.",
       .rule = Rule::same_resource},
      {.id = id::PTY_2,
       .level = SHOULD,
       .source = source::payload_format_equivalence,
       .promise =
           "The JSON and the XML 201 bodies of two escalations have the same property names, link "
           "relations and embedded relations.",
       .basis =
           "Inferred: two escalations answer different invitations, whose members may come and go "
           "(Hypermedia.md: capability links); sameness of structure is expected, not stated.",
       .rule = Rule::same_structure},
      // Authorization (AuthenticationInUCWA.md: every request carries a bearer token).
      {.id = id::AUTH_1,
       .level = MUST,
       .source = source::authentication,
       .promise =
           "A request without a bearer token is refused with 401 and a WWW-Authenticate challenge.",
       .basis =
           "AuthenticationInUCWA.md: \"UCWA 2.0 requires the presence of the Authorization header "
           "in each request.\" and \"the service responds with an HTTP 401 containing a "
           "WWW-Authenticate header\".",
       .rule = Rule::challenges_for_credentials},
      {.id = id::AUTH_2,
       .level = MUST,
       .source = source::authentication,
       .promise = "A request with a token the server never issued is refused with 401 and a "
                  "WWW-Authenticate challenge.",
       .basis = "AuthenticationInUCWA.md: \"The client application uses the OAuth token to make "
                "requests "
                "to the service.\", and a request without one meets \"an HTTP 401 containing a "
                "WWW-Authenticate header\"; a token never issued is no OAuth token.",
       .rule = Rule::challenges_for_credentials},
      {.id = id::AUTH_4,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise = "A token holding Conversations.Initiate alone may escalate (201 Created).",
       .basis = "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
                "operations on the resource to be allowed.\" (Conversations.Initiate, "
                "Conversations.Receive).",
       .rule = Rule::provoked_created},
      {.id = id::AUTH_5,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise = "A token holding Conversations.Receive alone may escalate (201 Created).",
       .basis = "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
                "operations on the resource to be allowed.\" (Conversations.Initiate, "
                "Conversations.Receive).",
       .rule = Rule::provoked_created},
      {.id = id::AUTH_6,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise = "A token holding no scope at all is refused (a 4xx answer, no escalation).",
       .basis = "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
                "operations on the resource to be allowed.\"; "
                "SkypeForBusinessOnlineScopePermissions.md: "
                "\"There are no default scopes.\"",
       .rule = Rule::refuses_escalation},
      {.id = id::AUTH_7,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise = "A token holding only Contacts.ReadWrite and User.ReadWrite is refused (a 4xx "
                  "answer, no "
                  "escalation).",
       .basis = "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
                "operations on the resource to be allowed.\"; neither Contacts.ReadWrite nor "
                "User.ReadWrite is one of them.",
       .rule = Rule::refuses_escalation},
      // HTTP rules the UCWA pages do not restate.
      {.id = id::GEN_ERR_3,
       .level = SHOULD,
       .source = source::rfc9110_allow,
       .promise = "A 405 answer carries an Allow header that names POST.",
       .basis = "General HTTP rule (RFC 9110 section 15.5.6); no UCWA page mentions Allow.",
       .rule = Rule::allows_post},
      {.id = id::GEN_ERR_5,
       .level = SHOULD,
       .source = source::rfc9110_negotiation,
       .promise =
           "A request whose Accept header names no UCWA representation gets 406 Not Acceptable or "
           "a representation that Accept header allows.",
       .basis =
           "General HTTP rule (RFC 9110 section 12.5.1); ErrorCode_ref.md lists NotAcceptable but "
           "no page says when it is sent.",
       .rule = Rule::honours_accept},
  };
  return clauses;
}

std::string type_phrase(const PropertySpec& property) {
  switch (property.type) {
    case ValueType::string:
      return property.max_length
                 ? "a string of at most " + std::to_string(property.max_length) + " characters"
                 : "a string";
    case ValueType::boolean:
      return std::string(property.nullable ? "a boolean or null" : "a boolean") +
             " (JSON true/false; XML true/false in any letter case)";
    case ValueType::enumeration:
      return "a " + std::string(property.enumeration->name) + " value (" +
             property.enumeration->listed() + ")";
    case ValueType::external_resource:
      return "an RFC 2397 data URI that decodes (written as a link or a property)";
  }
  return {};
}

// The promise a described member implies.
std::string promise_of(const DescribedMember& member) {
  const ResourceSpec& spec = *member.resource;
  switch (member.kind) {
    case MemberKind::property:
      return std::string(spec.subject) + "'s " + std::string(member.name()) +
             ", when present, is " + type_phrase(*member.property) + ".";
    case MemberKind::link:
      return "A " + std::string(member.name()) + " link of " + text::lower_first(spec.subject) +
             ", when present, has an href that is a URI reference" +
             (member.cardinality() == Cardinality::single ? " and is a single link."
                                                          : " and is a list.");
    case MemberKind::embedded: {
      const bool list = member.cardinality() == Cardinality::list;
      return std::string(spec.subject) + "'s embedded " + std::string(member.name()) +
             ", when present, is " + (list ? "a list of " : "a single ") +
             std::string(member.embedded->inner_rel) + " resource" + (list ? "s" : "") +
             " with self links.";
    }
  }
  return {};
}

// Under load: judged only by ucwa-conform load, on escalations in flight together, where one
// answer can belong to another escalation (cross-talk).
const std::vector<Clause>& load_clauses() {
  static const std::vector<Clause> clauses{
      {.id = id::LOAD_1,
       .level = MUST,
       .source = source::audio_video_invitation,
       .promise = "Among escalations in flight together, each 201 echoes the operationId and "
                  "sessionContext of the escalation it answers, never another's.",
       .basis = "audioVideoInvitation_ref.md: \"operationId | The operation ID as supplied by the "
                "client.\": the request that supplied it is the one answered, however many are in "
                "flight. Another escalation's sessionContext is a SHOULD-level finding, as the "
                "echo of sessionContext is inferred (AVI-ECHO-2).",
       .rule = Rule::echoes_own_escalation},
      {.id = id::LOAD_2,
       .level = MUST,
       .source = source::escalate_audio_video,
       .promise = "Each escalation gets an invitation of its own: no two 201s name the same "
                  "invitation (self href).",
       .basis = "escalateAudioVideo_ref.md, POST: \"Starts audio/video negotiation by supplying "
                "offer. Creates audioVideoInvitation in event channel.\": one invitation per POST; "
                "PayloadFormat.md: the self link \"points to the URL of the resource\".",
       .rule = Rule::own_invitation},
      {.id = id::LOAD_3,
       .level = MUST,
       .source = source::payload_format,
       .promise = "A GET of a 201's self href, sent while other escalations are in flight, answers "
                  "that same invitation (its self href and the operationId sent).",
       .basis = "PayloadFormat.md: \"Each resource returned by UCWA 2.0 always has a special link "
                "with rel=\"self\", the \"self link\" that points to the URL of the resource.\"; "
                "audioVideoInvitation_ref.md documents GET of it.",
       .rule = Rule::fetches_own_invitation},
  };
  return clauses;
}

// Every clause once: the stated ones, then one per described member, error row and parameter
// limit. Each generated clause keeps a pointer to the row it comes from, for its rule.
class Catalogue {
 public:
  Catalogue() {
    for (const Clause& clause : stated_clauses()) clauses.push_back(clause);
    for (const Clause& clause : event_clauses()) clauses.push_back(clause);
    for (const DescribedMember& member : described_members()) add_member(member);
    for (const auto& table : {operation_errors(), generic_errors()}) {
      for (const ErrorClause& error : table) {
        add({.id = error.clause_id,
             .level = error.level,
             .source = error.source,
             .basis = error.basis,
             .rule = Rule::answers_error,
             .error = &error},
            promise_of(error));
      }
    }
    for (const LimitClause& limit : limit_clauses()) {
      clauses.push_back({.id = limit.clause_id,
                         .level = limit.level,
                         .source = limit.source,
                         .promise = limit.promise,
                         .basis = limit.basis,
                         .rule = Rule::meets_limit,
                         .limit = &limit});
    }
    for (const Clause& clause : load_clauses()) clauses.push_back(clause);
  }

  std::vector<Clause> clauses;

 private:
  void add_member(const DescribedMember& member) {
    Clause clause{.id = member.clause_id(),
                  .level = Level::must,
                  .source = member.resource->source,
                  .basis = member.resource->links_basis,
                  .rule = Rule::described_member,
                  .member = &member};
    if (member.kind == MemberKind::property) {
      clause.level = member.property->level;
      clause.source = member.property->source;
      clause.basis = member.property->basis;
    } else if (member.kind == MemberKind::embedded) {
      // Each shape is fixed by the sample alone, which is its only definition: MUST (in JSON;
      // XML cannot tell one from a list of one).
      clause.source = source::escalate_audio_video;
      clause.basis = member.embedded->basis;
    }
    add(clause, promise_of(member));
  }

  void add(Clause clause, std::string promise) {
    promises_.push_back(std::move(promise));
    clause.promise = promises_.back();
    clauses.push_back(clause);
  }

  std::deque<std::string> promises_;  // stable storage for the promises' views
};

const Catalogue& built() {
  static const Catalogue catalogue;
  return catalogue;
}
}  // namespace

std::span<const Clause> catalogue() {
  return built().clauses;
}

const Clause* find_clause(std::string_view id) {
  const auto& clauses = built().clauses;
  auto found = std::find_if(clauses.begin(), clauses.end(),
                            [id](const Clause& clause) { return clause.id == id; });
  return found == clauses.end() ? nullptr : &*found;
}

}  // namespace ucwa::contract
