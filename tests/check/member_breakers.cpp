#include "member_breakers.hpp"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "contract/described_member.hpp"

namespace ucwa::samples {

namespace {

using nlohmann::json;

constexpr const char* broken_href = "/a link/with spaces";

// The breaking value; the JSON number 7 is written "7" in XML, a valid string there.
json broken_value(const contract::PropertySpec& spec) {
  switch (spec.type) {
    case contract::ValueType::string:
      return spec.max_length ? json(std::string(spec.max_length + 1, 'x')) : json(7);
    case contract::ValueType::boolean:
      return json("maybe");
    case contract::ValueType::enumeration:
      return json("NotAValue");
    case contract::ValueType::external_resource:
      return json("data:no-comma");
  }
  return json(nullptr);
}

std::string as_text(const json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

}  // namespace

std::string_view Member::name() const {
  return property ? property->name : link ? link->rel : embedded->rel;
}

std::vector<Member> described_members() {
  std::vector<Member> members;
  for (const contract::DescribedMember& member : contract::described_members()) {
    members.push_back({member.clause_id(), member.property, member.link, member.embedded,
                       member.owner == contract::Owner::participant});
  }
  return members;
}

bool breaks_in_xml(const Member& member) {
  return !(member.property && member.property->type == contract::ValueType::string &&
           !member.property->max_length);
}

std::string break_json(const std::string& text, const Member& member) {
  json body = json::parse(text);
  json& node = member.on_participant ? body["_embedded"]["from"] : body;
  const std::string name(member.name());
  if (member.property && member.property->type == contract::ValueType::external_resource) {
    node["_links"][name]["href"] = broken_value(*member.property);
  } else if (member.property) {
    node[name] = broken_value(*member.property);
  } else if (member.link) {
    node["_links"][name]["href"] = broken_href;
  } else {
    json& embedded = node["_embedded"][name];
    (embedded.is_array() ? embedded[0] : embedded)["rel"] = "somethingElse";
  }
  return body.dump();
}

std::string break_xml(const std::string& text, const Member& member) {
  pugi::xml_document document;
  document.load_buffer(text.data(), text.size());
  pugi::xml_node node = document.document_element();
  if (member.on_participant) node = node.find_child_by_attribute("resource", "rel", "from");
  const std::string name(member.name());
  if (member.property && member.property->type == contract::ValueType::external_resource) {
    node.find_child_by_attribute("link", "rel", name.c_str())
        .attribute("href")
        .set_value(as_text(broken_value(*member.property)).c_str());
  } else if (member.property) {
    node.find_child_by_attribute("property", "name", name.c_str())
        .text()
        .set(as_text(broken_value(*member.property)).c_str());
  } else if (member.link) {
    node.find_child_by_attribute("link", "rel", name.c_str())
        .attribute("href")
        .set_value(broken_href);
  } else {
    node.find_child_by_attribute("resource", "rel", name.c_str())
        .find_child_by_attribute("property", "name", "rel")
        .text()
        .set("somethingElse");
  }
  std::ostringstream out;
  document.save(out);
  return out.str();
}

}  // namespace ucwa::samples
