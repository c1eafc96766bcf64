#include "contract/catalogue.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <string>
#include <vector>

#include "contract/error_spec.hpp"
#include "contract/parameter_spec.hpp"
#include "contract/resource_spec.hpp"
#include "contract/sources.hpp"

namespace ucwa::contract {

namespace {

constexpr Level MUST = Level::must;
constexpr Level SHOULD = Level::should;

// Clauses written out one by one, each with the words that set its level.
const std::vector<Clause>& stated_clauses() {
  static const std::vector<Clause> clauses{
      // The operation's answer.
      {"ESC-RESP-1", MUST, source::operation_resource,
       "A successful escalateAudioVideo POST answers 201 Created.",
       "OperationResource.md: \"The response to the POST request will have the HTTP status code "
       "201 Created\"; escalateAudioVideo_ref.md's JSON and XML responses both begin "
       "\"HTTP/1.1 201 Created\"."},
      // Representations.
      {"REP-CTYPE-1", MUST, source::payload_format,
       "A response body is JSON (application/json or application/vnd.microsoft.com.ucwa+json) or "
       "XML (application/xml or application/vnd.microsoft.com.ucwa+xml), as Content-Type says.",
       "PayloadFormat.md: \"UCWA 2.0 supports two payload formats for HTTP requests and "
       "responses:\" \"JSON, with content type application/json\" and \"XML, with content type "
       "application/xml\"; \"Clients that wish to be more precise can use\" the vnd types."},
      {"REP-CTYPE-2", MUST, source::escalate_audio_video,
       "A response is in the representation the request's Accept header asked for.",
       "escalateAudioVideo_ref.md documents both exchanges: the JSON request sends \"Accept: "
       "application/json\" and is answered \"Content-Type: application/json\"; the XML request "
       "sends \"Accept: application/xml\" and is answered \"Content-Type: application/xml\"."},
      {"REP-CTYPE-3", MUST, source::payload_format,
       "A response to an Accept header naming a precise UCWA type "
       "(application/vnd.microsoft.com.ucwa+json or +xml) is in that representation.",
       "PayloadFormat.md: \"Clients that wish to be more precise can use\" "
       "application/vnd.microsoft.com.ucwa+json and application/vnd.microsoft.com.ucwa+xml: a "
       "documented way to ask for each format, so each must get the format it names."},
      {"REP-SHAPE-1", MUST, source::payload_format,
       "Every link, property and embedded resource is written in its representation's documented "
       "shape (JSON _links and _embedded objects; XML <link>, <property>, <propertyList> and "
       "nested <resource> in the UCWA namespace).",
       "PayloadFormat.md: \"In the JSON representation, links are stored in a property named "
       "\"_links\"\"; \"In JSON, embedded resources are stored in an object in a property "
       "named \"_embedded\"\"; in XML \"Links are represented by a <link rel=\"...\" "
       "href=\"...\" [ title = \"...\"] /> element\" and \"Properties are represented by a "
       "<property name=\"...\"> [value]</property> element\"."},
      // The audioVideoInvitation resource.
      {"AVI-REL-1", MUST, source::escalate_audio_video,
       "The 201 body is an audioVideoInvitation resource (rel \"audioVideoInvitation\").",
       "escalateAudioVideo_ref.md: Response body \"audioVideoInvitation | Represents an "
       "audio-video invitation.\"; its samples carry \"rel\" : \"audioVideoInvitation\"."},
      {"AVI-LINK-1", MUST, source::payload_format,
       "The audioVideoInvitation has a self link (JSON _links.self, XML resource@href).",
       "PayloadFormat.md: \"Each resource returned by UCWA 2.0 always has a special link with "
       "rel=\"self\", the \"self link\" that points to the URL of the resource.\""},
      {"AVI-ECHO-1", MUST, source::audio_video_invitation,
       "The invitation's operationId is the operationId the client supplied.",
       "audioVideoInvitation_ref.md: \"operationId | The operation ID as supplied by the "
       "client.\""},
      {"AVI-ECHO-2", SHOULD, source::audio_video_invitation,
       "The invitation's sessionContext is the sessionContext the client supplied.",
       "Inferred: audioVideoInvitation_ref.md says only \"sessionContext | The session "
       "context.\" (\"as supplied by the client\" is said of operationId alone); the echo is "
       "inferred from the required query parameter of the same name on escalateAudioVideo_ref.md."},
      {"PAR-LINK-1", MUST, source::payload_format,
       "Every embedded participant has a self link, as every UCWA resource does.",
       "PayloadFormat.md: \"The \"self\" link associates a URL with each resource, even if it "
       "is embedded in another resource or arrives in the event channel.\""},
      // Discovery: UCWA clients find operations only through links.
      {"DSC-1", MUST, source::hypermedia,
       "The conversation links (rel audioVideo) to the audioVideo resource the control API named.",
       "Hypermedia.md: UCWA \"uses hypermedia links to discover and dynamically navigate the "
       "features that are available at any given time\"; conversation_ref.md's Links table "
       "lists audioVideo, \"Represents the audio/video modality in the corresponding "
       "conversation.\""},
      {"DSC-2", MUST, source::audio_video,
       "While escalation is possible, the audioVideo resource links (rel escalateAudioVideo) to "
       "the operation the control API named.",
       "audioVideo_ref.md's Links table lists escalateAudioVideo; Hypermedia.md: \"The absence "
       "of a link indicates that the client is not allowed to access that resource either due "
       "to current state, policies, or other reasons.\""},
      // Resolution: links that name resources lead to them.
      {"RES-1", MUST, source::hypermedia,
       "The invitation's conversation link answers a GET with 200 and a conversation resource.",
       "Hypermedia.md: a link's rel and href \"indicate the resource type and the URL of the "
       "resource. The client can store the link and fetch it as needed at some later time.\""},
      {"RES-2", MUST, source::hypermedia,
       "The invitation's audioVideo link answers a GET with 200 and an audioVideo resource.",
       "Hypermedia.md: a link's rel and href \"indicate the resource type and the URL of the "
       "resource. The client can store the link and fetch it as needed at some later time.\""},
      {"RES-3", MUST, source::payload_format,
       "Each embedded participant's self link answers a GET with 200 and a participant resource.",
       "PayloadFormat.md: \"in some rare cases a resource cannot be retrieved with a GET "
       "operation to that URL (the API reference will point that out)\"; participant_ref.md "
       "documents GET: \"Returns a representation of the participant resource.\" (200 OK)."},
      {"RES-4", MUST, source::payload_format,
       "The invitation's self link answers a GET with 200 and the audioVideoInvitation.",
       "PayloadFormat.md: \"in some rare cases a resource cannot be retrieved with a GET "
       "operation to that URL (the API reference will point that out)\"; "
       "audioVideoInvitation_ref.md documents GET, answered \"HTTP/1.1 200 OK\"."},
      // The offer the invitation carries.
      {"SDP-1", SHOULD, source::escalate_audio_video,
       "The invitation's mediaOffer is SDP that parses and holds an m=audio and an m=video "
       "section.",
       "Inferred from escalateAudioVideo_ref.md's \"The client must provide sdp for both "
       "modalities\" (a duty of the client) and mediaOffer's \"The SDP offers.\"; no page says "
       "what the invitation's offer holds."},
      {"SDP-2", SHOULD, source::escalate_audio_video,
       "The invitation's mediaOffer is the offer the client sent.",
       "Inferred: audioVideoInvitation_ref.md says only \"mediaOffer | The SDP offers.\"; that "
       "they are the offer this POST supplied is not stated."},
      // JSON and XML are two spellings of one resource.
      {"PTY-1", MUST, source::contract_notes_equivalence,
       "The invitation fetched as JSON and as XML is the same resource: properties and values, "
       "links as a multiset, embedded resources matched by rel and self href.",
       "PayloadFormat.md: \"Request and response payloads can be specified as either JSON or "
       "XML.\"; its XML section lists \"The most significant differences\", all of spelling."},
      {"PTY-2", SHOULD, source::contract_notes_equivalence,
       "The JSON and the XML 201 bodies of two escalations have the same property names, link "
       "relations and embedded relations.",
       "Inferred: two escalations answer different invitations, whose members may come and go "
       "(Hypermedia.md: capability links); sameness of structure is expected, not stated."},
      // Authorization (AuthenticationInUCWA.md: every request carries a bearer token).
      {"AUTH-1", MUST, source::authentication,
       "A request without a bearer token is refused with 401 and a WWW-Authenticate challenge.",
       "AuthenticationInUCWA.md: \"UCWA 2.0 requires the presence of the Authorization header "
       "in each request.\" and \"the service responds with an HTTP 401 containing a "
       "WWW-Authenticate header\"."},
      {"AUTH-2", MUST, source::authentication,
       "A request with a token the server never issued is refused with 401 and a "
       "WWW-Authenticate challenge.",
       "AuthenticationInUCWA.md: \"The client application uses the OAuth token to make requests "
       "to the service.\", and a request without one meets \"an HTTP 401 containing a "
       "WWW-Authenticate header\"; a token never issued is no OAuth token."},
      {"AUTH-4", MUST, source::escalate_audio_video,
       "A token holding Conversations.Initiate alone may escalate (201 Created).",
       "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
       "operations on the resource to be allowed.\" (Conversations.Initiate, "
       "Conversations.Receive)."},
      {"AUTH-5", MUST, source::escalate_audio_video,
       "A token holding Conversations.Receive alone may escalate (201 Created).",
       "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
       "operations on the resource to be allowed.\" (Conversations.Initiate, "
       "Conversations.Receive)."},
      {"AUTH-6", MUST, source::escalate_audio_video,
       "A token holding no scope at all is refused (a 4xx answer, no escalation).",
       "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
       "operations on the resource to be allowed.\"; SkypeForBusinessOnlineScopePermissions.md: "
       "\"There are no default scopes.\""},
      {"AUTH-7", MUST, source::escalate_audio_video,
       "A token holding only Contacts.ReadWrite and User.ReadWrite is refused (a 4xx answer, no "
       "escalation).",
       "escalateAudioVideo_ref.md: \"The user must have at least one of these scopes for "
       "operations on the resource to be allowed.\"; neither Contacts.ReadWrite nor "
       "User.ReadWrite is one of them."},
      // HTTP rules the UCWA pages do not restate.
      {"GEN-ERR-3", SHOULD, source::rfc9110_allow,
       "A 405 answer carries an Allow header that names POST.",
       "General HTTP rule (RFC 9110 section 15.5.6); no UCWA page mentions Allow."},
      {"GEN-ERR-5", SHOULD, source::rfc9110_negotiation,
       "A request whose Accept header names no UCWA representation gets 406 Not Acceptable or "
       "a representation that Accept header allows.",
       "General HTTP rule (RFC 9110 section 12.5.1); ErrorCode_ref.md lists NotAcceptable but "
       "no page says when it is sent."},
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

// The clauses a resource description implies, one per property, link and embedded relation.
class Builder {
 public:
  void add_resource(const ResourceSpec& spec) {
    for (const PropertySpec& property : spec.properties) {
      add(property.clause_id, property.level, property.source,
          std::string(spec.subject) + "'s " + std::string(property.name) + ", when present, is " +
              type_phrase(property) + ".",
          property.basis);
    }
    for (const LinkSpec& link : spec.links) {
      add(link.clause_id, MUST, spec.source,
          "A " + std::string(link.rel) + " link of " + lower_first(spec.subject) +
              ", when present, has an href that is a URI reference" +
              (link.cardinality == Cardinality::single ? " and is a single link."
                                                       : " and is a list."),
          spec.links_basis);
    }
    // Each shape is fixed by the sample alone, which is its only definition: MUST (in JSON; XML
    // cannot tell one from a list of one).
    for (const EmbeddedSpec& embedded : spec.embedded) {
      add(embedded.clause_id, MUST, source::escalate_audio_video,
          std::string(spec.subject) + "'s embedded " + std::string(embedded.rel) +
              ", when present, is " +
              (embedded.cardinality == Cardinality::list ? "a list of " : "a single ") +
              std::string(embedded.inner_rel) + " resource" +
              (embedded.cardinality == Cardinality::list ? "s" : "") + " with self links.",
          embedded.basis);
    }
  }

  void add_stated(const std::vector<Clause>& stated) {
    clauses.insert(clauses.end(), stated.begin(), stated.end());
  }

  void add_errors(std::span<const ErrorClause> errors) {
    for (const ErrorClause& error : errors) {
      add(error.clause_id, error.level, error.source, promise_of(error), error.basis);
    }
  }

  void add_limits(std::span<const LimitClause> limits) {
    for (const LimitClause& limit : limits) {
      clauses.push_back({limit.clause_id, limit.level, limit.source, limit.promise, limit.basis});
    }
  }

  std::vector<Clause> clauses;

 private:
  static std::string lower_first(std::string_view text) {
    std::string out(text);
    if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
  }

  void add(std::string_view id, Level level, std::string_view source, std::string promise,
           std::string_view basis) {
    promises_.push_back(std::move(promise));
    clauses.push_back({id, level, source, promises_.back(), basis});
  }

  std::deque<std::string> promises_;  // stable storage for the promises' views
};

struct Catalogue : Builder {
  Catalogue() {
    add_stated(stated_clauses());
    add_resource(audio_video_invitation_spec());
    add_resource(participant_spec());
    add_errors(operation_errors());
    add_errors(generic_errors());
    add_limits(limit_clauses());
  }
};

const Builder& built() {
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
