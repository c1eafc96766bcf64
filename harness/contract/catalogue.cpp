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

// Clauses written out one by one.
const std::vector<Clause>& stated_clauses() {
  static const std::vector<Clause> clauses{
      // The operation's answer.
      {"ESC-RESP-1", MUST, source::operation_resource,
       "A successful escalateAudioVideo POST answers 201 Created."},
      // Representations.
      {"REP-CTYPE-1", MUST, source::payload_format,
       "A response body is JSON (application/json or application/vnd.microsoft.com.ucwa+json) or "
       "XML (application/xml or application/vnd.microsoft.com.ucwa+xml), as Content-Type says."},
      {"REP-CTYPE-2", SHOULD, source::rfc9110_negotiation,
       "A response is in the representation the request's Accept header asked for."},
      {"REP-CTYPE-3", MUST, source::payload_format,
       "A response to an Accept header naming a precise UCWA type "
       "(application/vnd.microsoft.com.ucwa+json or +xml) is in that representation."},
      {"REP-SHAPE-1", MUST, source::payload_format,
       "Every link, property and embedded resource is written in its representation's documented "
       "shape (JSON _links and _embedded objects; XML <link>, <property>, <propertyList> and "
       "nested <resource> in the UCWA namespace)."},
      // The audioVideoInvitation resource.
      {"AVI-REL-1", MUST, source::escalate_audio_video,
       "The 201 body is an audioVideoInvitation resource (rel \"audioVideoInvitation\")."},
      {"AVI-LINK-1", MUST, source::payload_format,
       "The audioVideoInvitation has a self link (JSON _links.self, XML resource@href)."},
      {"AVI-ECHO-1", MUST, source::audio_video_invitation,
       "The invitation's operationId is the operationId the client supplied."},
      {"AVI-ECHO-2", MUST, source::audio_video_invitation,
       "The invitation's sessionContext is the sessionContext the client supplied."},
      {"PAR-LINK-1", MUST, source::payload_format,
       "Every embedded participant has a self link, as every UCWA resource does."},
      // Discovery: UCWA clients find operations only through links.
      {"DSC-1", MUST, source::hypermedia,
       "The conversation links (rel audioVideo) to the audioVideo resource the control API named."},
      {"DSC-2", MUST, source::audio_video,
       "While escalation is possible, the audioVideo resource links (rel escalateAudioVideo) to "
       "the "
       "operation the control API named."},
      // Resolution: links that name resources lead to them.
      {"RES-1", SHOULD, source::hypermedia,
       "The invitation's conversation link answers a GET with 200 and a conversation resource."},
      {"RES-2", SHOULD, source::hypermedia,
       "The invitation's audioVideo link answers a GET with 200 and an audioVideo resource."},
      {"RES-3", SHOULD, source::payload_format,
       "Each embedded participant's self link answers a GET with 200 and a participant resource."},
      {"RES-4", SHOULD, source::payload_format,
       "The invitation's self link answers a GET with 200 and the audioVideoInvitation."},
      // The offer the invitation carries.
      {"SDP-1", SHOULD, source::escalate_audio_video,
       "The invitation's mediaOffer is SDP that parses and holds an m=audio and an m=video "
       "section."},
      {"SDP-2", SHOULD, source::escalate_audio_video,
       "The invitation's mediaOffer is the offer the client sent."},
      // JSON and XML are two spellings of one resource.
      {"PTY-1", MUST, source::contract_notes_equivalence,
       "The invitation fetched as JSON and as XML is the same resource: properties and values, "
       "links as a multiset, embedded resources matched by rel and self href."},
      {"PTY-2", SHOULD, source::contract_notes_equivalence,
       "The JSON and the XML 201 bodies of two escalations have the same property names, link "
       "relations and embedded relations."},
      // Authorization (AuthenticationInUCWA.md: every request carries a bearer token).
      {"AUTH-1", MUST, source::authentication,
       "A request without a bearer token is refused with 401 and a WWW-Authenticate challenge."},
      {"AUTH-2", MUST, source::authentication,
       "A request with a token the server never issued is refused with 401 and a "
       "WWW-Authenticate challenge."},
      {"AUTH-4", MUST, source::escalate_audio_video,
       "A token holding Conversations.Initiate alone may escalate (201 Created)."},
      {"AUTH-5", MUST, source::escalate_audio_video,
       "A token holding Conversations.Receive alone may escalate (201 Created)."},
      // HTTP rules the UCWA pages do not restate.
      {"GEN-ERR-3", SHOULD, source::rfc9110_allow,
       "A 405 answer carries an Allow header that names POST."},
      {"GEN-ERR-5", SHOULD, source::rfc9110_negotiation,
       "A request whose Accept header names no UCWA representation gets 406 Not Acceptable or "
       "a representation that Accept header allows."},
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
              type_phrase(property) + ".");
    }
    for (const LinkSpec& link : spec.links) {
      add(link.clause_id, MUST, spec.source,
          "A " + std::string(link.rel) + " link of " + lower_first(spec.subject) +
              ", when present, has an href that is a URI reference" +
              (link.cardinality == Cardinality::single ? " and is a single link."
                                                       : " and is a list."));
    }
    // The shapes come from the samples alone, so they are SHOULD.
    for (const EmbeddedSpec& embedded : spec.embedded) {
      add(embedded.clause_id, SHOULD, source::escalate_audio_video,
          std::string(spec.subject) + "'s embedded " + std::string(embedded.rel) +
              ", when present, is " +
              (embedded.cardinality == Cardinality::list ? "a list of " : "a single ") +
              std::string(embedded.inner_rel) + " resource" +
              (embedded.cardinality == Cardinality::list ? "s" : "") + " with self links.");
    }
  }

  void add_stated(const std::vector<Clause>& stated) {
    clauses.insert(clauses.end(), stated.begin(), stated.end());
  }

  void add_errors(std::span<const ErrorClause> errors) {
    for (const ErrorClause& error : errors) {
      add(error.clause_id, error.level, error.source, promise_of(error));
    }
  }

  void add_limits(std::span<const LimitClause> limits) {
    for (const LimitClause& limit : limits) {
      clauses.push_back({limit.clause_id, limit.level, limit.source, limit.promise});
    }
  }

  std::vector<Clause> clauses;

 private:
  static std::string lower_first(std::string_view text) {
    std::string out(text);
    if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
  }

  void add(std::string_view id, Level level, std::string_view source, std::string promise) {
    promises_.push_back(std::move(promise));
    clauses.push_back({id, level, source, promises_.back()});
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
