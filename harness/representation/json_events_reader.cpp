#include "representation/events_reader.hpp"
#include "representation/json_parts.hpp"

namespace ucwa::representation {

namespace {

using json_parts::Defects;
using json_parts::Json;
using json_parts::Place;

// A string member, or nothing: a defect when it is there but not a string, and when it is
// missing and `required`.
std::optional<std::string> string_member(const Json& node, const char* name, const Place& place,
                                         bool required, Defects& defects) {
  auto member = node.find(name);
  if (member == node.end()) {
    if (required) defects.add(place.member(name), std::string("missing \"") + name + "\"");
    return std::nullopt;
  }
  if (member->is_string()) return member->get<std::string>();
  defects.add(place.member(name), std::string("\"") + name + "\" must be a string");
  return std::nullopt;
}

// An event's "link" or "in": {rel, href, title?}.
std::optional<model::EventLink> read_event_link(const Json& node, const Place& place,
                                                Defects& defects) {
  if (!node.is_object()) {
    defects.add(place, "an event's link must be an object with \"rel\" and \"href\"");
    return std::nullopt;
  }
  auto rel = string_member(node, "rel", place, true, defects);
  auto href = string_member(node, "href", place, true, defects);
  auto title = string_member(node, "title", place, false, defects);
  if (!rel || !href) return std::nullopt;
  return model::EventLink{std::move(*rel), std::move(*href), std::move(title)};
}

// "_embedded": {rel: resource} (or {rel: [resource]}); each resource's rel is its relation.
void read_embedded(const Json& node, const Place& place, model::Event& event, Defects& defects) {
  if (!node.is_object()) {
    defects.add(place, "\"_embedded\" must be an object keyed by relation");
    return;
  }
  const auto add = [&](const Json& value, const Place& at, const std::string& relation) {
    if (!value.is_object()) {
      defects.add(at, "an embedded resource must be an object");
      return;
    }
    event.embedded.push_back(json_parts::read_resource(value, at, defects));
    event.embedded.back().rel = relation;
  };
  for (const auto& [relation, value] : node.items()) {
    const Place at = place.member(relation);
    if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) add(value[i], at.item(i), relation);
    } else {
      add(value, at, relation);
    }
  }
}

model::Event read_event(const Json& node, const Place& place, Defects& defects) {
  model::Event event;
  event.location = place.pointer();
  const Place here = place.rendered_as(event.location);
  event.type = string_member(node, "type", here, true, defects).value_or("");
  if (auto link = node.find("link"); link != node.end())
    event.link = read_event_link(*link, here.member("link"), defects);
  else
    defects.add(here.member("link"), "missing \"link\": an event names its target");
  if (auto in = node.find("in"); in != node.end())
    event.in = read_event_link(*in, here.member("in"), defects);
  if (auto embedded = node.find("_embedded"); embedded != node.end())
    read_embedded(*embedded, here.member("_embedded"), event, defects);
  event.status = string_member(node, "status", here, false, defects);
  if (auto reason = node.find("reason"); reason != node.end()) {
    if (reason->is_object())
      event.reason = json_parts::read_reason(*reason, here.member("reason"), defects);
    else
      defects.add(here.member("reason"), "\"reason\" must be an object (an error body)");
  }
  return event;
}

model::Sender read_sender(const Json& node, const Place& place, Defects& defects) {
  model::Sender sender;
  sender.location = place.pointer();
  const Place here = place.rendered_as(sender.location);
  sender.rel = string_member(node, "rel", here, true, defects).value_or("");
  sender.href = string_member(node, "href", here, true, defects).value_or("");
  const Place at = here.member("events");
  auto events = node.find("events");
  if (events == node.end()) {
    defects.add(at, "missing \"events\": a sender lists the events it sent");
    return sender;
  }
  if (!events->is_array()) {
    defects.add(at, "\"events\" must be an array");
    return sender;
  }
  if (events->empty()) defects.add(at, "a sender lists at least one event");
  for (std::size_t i = 0; i < events->size(); ++i) {
    const Place item = at.item(i);
    if ((*events)[i].is_object())
      sender.events.push_back(read_event((*events)[i], item, defects));
    else
      defects.add(item, "an event must be an object");
  }
  return sender;
}

// "_links": self, and next, resume or resync; other relations are ignored.
void read_links(const Json& document, const Place& root, model::EventsBatch& batch,
                Defects& defects) {
  const Place at = root.member("_links");
  auto links = document.find("_links");
  if (links == document.end()) {
    defects.add(at, "missing \"_links\": a batch links to itself and to what follows");
    return;
  }
  if (!links->is_object()) {
    defects.add(at, "\"_links\" must be an object keyed by relation");
    return;
  }
  const auto href = [&](const char* relation) -> std::optional<std::string> {
    auto link = links->find(relation);
    if (link == links->end()) return std::nullopt;
    auto read = json_parts::read_link(*link, at.member(relation), defects);
    return read ? std::optional(read->href) : std::nullopt;
  };
  batch.self = href("self");
  batch.next = href("next");
  batch.resume = href("resume");
  batch.resync = href("resync");
  // The answer to an ack out of range may be its resync link alone.
  if (!links->contains("self") && !batch.resync) {
    defects.add(at.member("self"), "missing \"self\": a batch links to itself");
  }
}

}  // namespace

model::Read<model::EventsBatch> read_json_events(std::string_view body) {
  model::ParseError error;
  auto document = json_parts::parse(body, error);
  if (!document) return model::Read<model::EventsBatch>::failed(error);
  if (!document->is_object()) {
    return model::Read<model::EventsBatch>::failed({"", "an event batch must be a JSON object"});
  }
  model::Read<model::EventsBatch> read;
  Defects defects{read.defects};
  model::EventsBatch batch;
  const Place root;  // outlives every place below, which point up to it
  read_links(*document, root, batch, defects);
  const Place at = root.member("sender");
  if (auto senders = document->find("sender"); senders == document->end()) {
    // An empty answer (the timeout passed with nothing to say) has no senders.
  } else if (!senders->is_array()) {
    defects.add(at, "\"sender\" must be an array of sender blocks");
  } else {
    for (std::size_t i = 0; i < senders->size(); ++i) {
      const Place item = at.item(i);
      if ((*senders)[i].is_object())
        batch.senders.push_back(read_sender((*senders)[i], item, defects));
      else
        defects.add(item, "a sender block must be an object");
    }
  }
  read.value = std::move(batch);
  defects.finish();
  return read;
}

}  // namespace ucwa::representation
