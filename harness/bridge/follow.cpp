#include "bridge/follow.hpp"

#include "bridge/session.hpp"
#include "check/participants.hpp"
#include "representation/media_type.hpp"
#include "representation/read.hpp"

namespace ucwa::bridge {

namespace {

std::string base() {
  return session().settings().profile.target + "/";
}

// The 201 body as a resource, in the format its Content-Type names.
std::optional<model::Resource> invitation_of(const check::Escalation& escalation) {
  if (!escalation.exchange.answered()) return std::nullopt;
  const http::Response& response = *escalation.exchange.response;
  auto content_type = http::find_header(response.headers, "Content-Type");
  return representation::read_resource(
             representation::format_to_read(content_type, escalation.requested), response.body)
      .value;
}

std::vector<std::string> hrefs_of(const model::Resource& invitation, const std::string& relation) {
  std::vector<std::string> hrefs;
  if (relation == "self") {
    if (invitation.self) hrefs.push_back(*invitation.self);
  } else if (relation == "participants") {
    for (const auto& [path, participant] : check::embedded_participants(invitation)) {
      if (participant->self) hrefs.push_back(*participant->self);
    }
  } else if (const model::LinkRelation* link = invitation.link(relation)) {
    for (const model::Link& each : link->links) hrefs.push_back(each.href);
  }
  return hrefs;
}

}  // namespace

check::Lookup discover(const std::string& href, model::Format format, std::string expected_rel,
                       std::string relation, std::string target) {
  check::Lookup lookup;
  lookup.requested = format;
  lookup.expected_rel = std::move(expected_rel);
  lookup.relation = std::move(relation);
  lookup.target = std::move(target);
  lookup.base = base();
  lookup.gets.push_back(session().ucwa().get(href, format));
  return lookup;
}

check::Lookup follow(const check::Escalation& escalation, const std::string& relation,
                     std::string expected_rel) {
  check::Lookup lookup;
  lookup.requested = escalation.requested;
  lookup.expected_rel = std::move(expected_rel);
  lookup.base = base();
  auto invitation = invitation_of(escalation);
  if (!invitation) {
    lookup.nothing_to_follow = "the escalation gave no invitation to follow links from";
    return lookup;
  }
  for (const std::string& href : hrefs_of(*invitation, relation)) {
    lookup.gets.push_back(session().ucwa().get(href, escalation.requested));
  }
  if (lookup.gets.empty()) lookup.nothing_to_follow = "the invitation has no " + relation + " link";
  return lookup;
}

check::Pair fetch_in_both_formats(const check::Escalation& escalation) {
  check::Pair pair;
  pair.base = base();
  auto invitation = invitation_of(escalation);
  if (!invitation || !invitation->self) {
    pair.nothing_to_compare = "the escalation gave no invitation with a self link to fetch";
    return pair;
  }
  pair.json = session().ucwa().get(*invitation->self, model::Format::json);
  pair.xml = session().ucwa().get(*invitation->self, model::Format::xml);
  return pair;
}

check::Pair pair_of(const check::Escalation& one, const check::Escalation& other) {
  const bool one_is_json = one.requested == model::Format::json;
  check::Pair pair;
  pair.json = one_is_json ? one.exchange : other.exchange;
  pair.xml = one_is_json ? other.exchange : one.exchange;
  pair.base = base();
  return pair;
}

}  // namespace ucwa::bridge
