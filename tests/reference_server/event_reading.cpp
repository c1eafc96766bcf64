#include "event_reading.hpp"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

namespace ucwa::reference::testing {
namespace {

using nlohmann::json;

void read_embedded_json(const json& resource, const std::string& rel, ReadEvent& event) {
  event.embedded = true;
  event.embedded_rel = rel;
  for (const auto& [name, value] : resource.items()) {
    if (value.is_string()) event.properties[name] = value.get<std::string>();
  }
  if (!resource.contains("_links")) return;
  for (const auto& [name, link] : resource["_links"].items()) {
    if (link.is_object() && link.contains("href")) event.links[name] = link["href"];
  }
  if (event.links.count("self")) event.embedded_self = event.links["self"];
}

void read_json(ReadAnswer& answer) {
  const auto body = json::parse(answer.body, nullptr, false);
  if (!body.is_object()) {
    ADD_FAILURE() << "the answer is not a JSON object: " << answer.body;
    return;
  }
  const auto links = body.value("_links", json::object());
  const auto href = [&](const char* rel) -> std::optional<std::string> {
    if (!links.contains(rel)) return std::nullopt;
    return links[rel].value("href", "");
  };
  answer.self = href("self");
  answer.next = href("next");
  answer.resync = href("resync");
  answer.has_senders = body.contains("sender");
  for (const auto& sender : body.value("sender", json::array())) {
    ++answer.sender_blocks;
    for (const auto& item : sender.value("events", json::array())) {
      ReadEvent event;
      event.sender_rel = sender.value("rel", "");
      event.sender_href = sender.value("href", "");
      event.type = item.value("type", "");
      const auto link = item.value("link", json::object());
      event.rel = link.value("rel", "");
      event.href = link.value("href", "");
      if (link.contains("title")) event.title = link["title"].get<std::string>();
      if (item.contains("in")) event.in_rel = item["in"].value("rel", "");
      if (item.contains("status")) event.status = item["status"].get<std::string>();
      if (item.contains("reason")) event.reason = read_error(item["reason"].dump(), false);
      if (item.contains("_embedded")) {
        for (const auto& [rel, resource] : item["_embedded"].items())
          read_embedded_json(resource, rel, event);
      }
      answer.events.push_back(std::move(event));
    }
  }
}

void read_embedded_xml(const pugi::xml_node& resource, ReadEvent& event) {
  event.embedded = true;
  event.embedded_rel = resource.attribute("rel").value();
  event.embedded_self = resource.attribute("href").value();
  for (const auto child : resource.children()) {
    if (std::string_view(child.name()) == "property")
      event.properties[child.attribute("name").value()] = child.child_value();
    if (std::string_view(child.name()) == "link")
      event.links[child.attribute("rel").value()] = child.attribute("href").value();
  }
}

void read_xml(ReadAnswer& answer) {
  pugi::xml_document document;
  if (!document.load_string(answer.body.c_str())) {
    ADD_FAILURE() << "the answer is not XML: " << answer.body;
    return;
  }
  const auto root = document.document_element();
  EXPECT_STREQ(root.name(), "events");
  EXPECT_EQ(std::string_view(root.attribute("xmlns").value()), kNamespace);
  if (root.attribute("href")) answer.self = root.attribute("href").value();
  for (const auto link : root.children("link")) {
    const std::string rel = link.attribute("rel").value();
    if (rel == "next") answer.next = link.attribute("href").value();
    if (rel == "resync") answer.resync = link.attribute("href").value();
  }
  for (const auto sender : root.children("sender")) {
    answer.has_senders = true;
    ++answer.sender_blocks;
    for (const auto element : sender.children()) {
      ReadEvent event;
      event.sender_rel = sender.attribute("rel").value();
      event.sender_href = sender.attribute("href").value();
      event.type = element.name();
      event.rel = element.attribute("rel").value();
      event.href = element.attribute("href").value();
      if (element.attribute("title")) event.title = element.attribute("title").value();
      if (element.attribute("status")) event.status = element.attribute("status").value();
      if (const auto in = element.child("in")) event.in_rel = in.attribute("rel").value();
      if (const auto resource = element.child("resource")) read_embedded_xml(resource, event);
      if (const auto reason = element.child("reason")) {
        std::ostringstream text;
        reason.print(text);
        event.reason = read_error(text.str(), true);
      }
      answer.events.push_back(std::move(event));
    }
  }
}

}  // namespace

ReadAnswer read_answer(const httplib::Result& result, Wire wire) {
  ReadAnswer answer;
  if (!result) return answer;
  answer.status = result->status;
  answer.content_type = result->get_header_value("Content-Type");
  answer.body = result->body;
  if (answer.status != 200) return answer;
  if (wire == Wire::xml)
    read_xml(answer);
  else
    read_json(answer);
  return answer;
}

const char* channel_accept(Wire wire) {
  return wire == Wire::xml ? "application/vnd.microsoft.com.ucwa+xml" : "application/json";
}

std::string ack_of(const std::string& href) {
  const auto at = href.find("ack=");
  return at == std::string::npos ? "" : href.substr(at + 4, href.find('&', at) - at - 4);
}

std::string with_ack(const std::string& href, const std::string& ack) {
  const auto at = href.find("ack=");
  const auto end = href.find('&', at);
  return href.substr(0, at + 4) + ack + (end == std::string::npos ? "" : href.substr(end));
}

std::string sdp_of(const std::string& data_uri) {
  const std::string prefix = "data:application/sdp;base64,";
  if (!data_uri.starts_with(prefix)) return {};
  return base64_decode(data_uri.substr(prefix.size())).value_or("");
}

std::future<ReadAnswer> EventChannelTest::pending_get(const std::string& href, Wire wire,
                                                      const std::string& token) {
  const int port = server_->port();
  return std::async(std::launch::async, [port, href, wire, token] {
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(60);
    return read_answer(client.Get(href, headers(channel_accept(wire), token)), wire);
  });
}

ReadAnswer EventChannelTest::get(const std::string& href, Wire wire, const std::string& token) {
  return read_answer(client().Get(href, headers(channel_accept(wire), token)), wire);
}

void EventChannelTest::wait_until_held(const std::string& href) {
  const auto probe = get(with_ack(href, ack_of(href)) + "&priority=-1000", Wire::json);
  EXPECT_EQ(probe.status, 409) << probe.body;
}

ReadAnswer EventChannelTest::escalate_and_read(Wire wire, const std::string& condition) {
  const auto conversation = create_conversation();
  if (!condition.empty()) set_condition(conversation.conversation, condition);
  auto held = pending_get(conversation.events, wire);
  const auto created = escalate(conversation.escalate, "op-1", "context-1");
  EXPECT_TRUE(created);
  if (created) {
    EXPECT_EQ(created->status, 201) << created->body;
  }
  return held.get();
}

}  // namespace ucwa::reference::testing
