#include <unordered_map>

#include "representation/events_reader.hpp"
#include "representation/xml_parts.hpp"
#include "representation/xml_reader.hpp"

namespace ucwa::representation {

namespace {

using xml_parts::Defects;
using xml_parts::local_name;
using xml_parts::Scope;

// Paths in a batch number every element among its same-named siblings, as senders and events
// repeat: /events/sender[2]/completed[1]. Names are cut as in every location.
class Steps {
 public:
  explicit Steps(const std::string& parent_path) : parent_path_(parent_path) {}

  std::string next(std::string_view name) {
    std::string path = parent_path_ + "/";
    append_clipped(path, name);
    return path + "[" + std::to_string(++seen_[name]) + "]";
  }

 private:
  const std::string& parent_path_;
  std::unordered_map<std::string_view, std::size_t> seen_;
};

// One element being read: its node, its namespace scope and its path.
struct Element {
  pugi::xml_node node;
  const Scope& scope;
  std::string path;
};

// A child that leaves its parent's namespace is not a UCWA element (the root's namespace is
// judged once, at the root).
void judge_namespace(const pugi::xml_node& child, const Scope& child_scope, const Element& parent,
                     const std::string& path, Defects& defects) {
  if (child_scope.namespace_of(child) != parent.scope.namespace_of(parent.node)) {
    defects.add(path, xml_parts::not_ucwa());
  }
}

std::optional<std::string> attribute(const pugi::xml_node& node, const char* name,
                                     const std::string& path, bool required, Defects& defects) {
  if (auto found = node.attribute(name)) return std::string(found.value());
  if (required) defects.add(path + "/@" + name, std::string("missing attribute \"") + name + "\"");
  return std::nullopt;
}

// rel, href and title? attributes: an event's link (on the event element) or its <in>.
std::optional<model::EventLink> read_event_link(const pugi::xml_node& node, const std::string& path,
                                                Defects& defects) {
  auto rel = attribute(node, "rel", path, true, defects);
  auto href = attribute(node, "href", path, true, defects);
  if (!rel || !href) return std::nullopt;
  return model::EventLink{std::move(*rel), std::move(*href),
                          attribute(node, "title", path, false, defects)};
}

model::Event read_event(const Element& element, Defects& defects) {
  model::Event event;
  event.location = element.path;
  event.type = local_name(element.node);
  event.link = read_event_link(element.node, element.path, defects);
  event.status = attribute(element.node, "status", element.path, false, defects);
  Steps steps(event.location);
  for (pugi::xml_node child : element.node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name != "in" && name != "resource" && name != "reason" && name != "property") continue;
    const Scope scope = Scope::of(child, &element.scope);
    std::string path = steps.next(name);
    const std::string_view own_namespace = scope.namespace_of(child);
    // The resource reader judges a resource in another namespace itself.
    if (name != "resource" || own_namespace.empty() || own_namespace == ucwa_namespace) {
      judge_namespace(child, scope, element, path, defects);
    }
    if (name == "in") {
      event.in = read_event_link(child, path, defects);
    } else if (name == "resource") {
      auto rel = attribute(child, "rel", path, true, defects);
      if (!rel) continue;
      // Not embedded in the resource reader's sense: resource@rel is the relation and the rel.
      event.embedded.push_back(
          xml_parts::read_resource(child, scope, std::move(path), false, defects));
    } else if (name == "reason") {
      event.reason = xml_parts::read_reason(child, path, defects);
    } else if (!event.status && std::string_view(child.attribute("name").value()) == "status") {
      event.status = child.text().get();
    }
  }
  return event;
}

model::Sender read_sender(const Element& element, Defects& defects) {
  model::Sender sender;
  sender.location = element.path;
  sender.rel = attribute(element.node, "rel", element.path, true, defects).value_or("");
  sender.href = attribute(element.node, "href", element.path, true, defects).value_or("");
  Steps steps(sender.location);
  for (pugi::xml_node child : element.node.children()) {
    if (child.type() != pugi::node_element) continue;
    const Scope scope = Scope::of(child, &element.scope);
    std::string path = steps.next(local_name(child));
    judge_namespace(child, scope, element, path, defects);
    sender.events.push_back(read_event({child, scope, std::move(path)}, defects));
  }
  if (sender.events.empty()) defects.add(sender.location, "a sender holds at least one event");
  return sender;
}

// <link rel="self|next|resume|resync" href>: the first of each; other relations are ignored.
void read_link(const Element& element, model::EventsBatch& batch, Defects& defects) {
  auto rel = attribute(element.node, "rel", element.path, true, defects);
  auto href = attribute(element.node, "href", element.path, true, defects);
  if (!rel || !href) return;
  std::optional<std::string>* slot = *rel == "self"     ? &batch.self
                                     : *rel == "next"   ? &batch.next
                                     : *rel == "resume" ? &batch.resume
                                     : *rel == "resync" ? &batch.resync
                                                        : nullptr;
  if (slot != nullptr && !*slot) *slot = std::move(*href);
}

}  // namespace

model::Read<model::EventsBatch> read_xml_events(std::string_view body) {
  model::ParseError error;
  auto document = xml_parts::parse(body, error);
  if (!document) return model::Read<model::EventsBatch>::failed(error);
  pugi::xml_node root = document->document_element();
  if (local_name(root) != "events") {
    return model::Read<model::EventsBatch>::failed(
        {xml_parts::root_path(root), "the root element of an event batch must be <events>, not <" +
                                         std::string(root.name()) + ">"});
  }
  model::Read<model::EventsBatch> read;
  Defects defects{read.defects};
  const Scope scope = Scope::of(root, nullptr);
  const Element events{root, scope, "/events"};
  if (scope.namespace_of(root) != ucwa_namespace) defects.add(events.path, xml_parts::not_ucwa());
  model::EventsBatch batch;
  if (auto href = root.attribute("href")) batch.self = href.value();
  Steps steps(events.path);
  for (pugi::xml_node child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name != "link" && name != "sender") continue;
    const Scope child_scope = Scope::of(child, &scope);
    std::string path = steps.next(name);
    judge_namespace(child, child_scope, events, path, defects);
    const Element element{child, child_scope, std::move(path)};
    if (name == "link")
      read_link(element, batch, defects);
    else
      batch.senders.push_back(read_sender(element, defects));
  }
  // The answer to an ack out of range may be its resync link alone.
  if (!batch.self && !batch.resync) {
    defects.add(events.path + "/@href", "missing attribute \"href\": a batch links to itself");
  }
  read.value = std::move(batch);
  defects.finish();
  return read;
}

}  // namespace ucwa::representation
