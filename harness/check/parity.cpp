#include "check/parity.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "http/url.hpp"

namespace ucwa::check {

namespace {

using model::Value;

std::string quoted(const std::string& text) {
  return "\"" + text + "\"";
}

std::string show(const Value* value) {
  if (!value) return "absent";
  switch (value->kind) {
    case Value::Kind::string:
    case Value::Kind::lexical:
      return quoted(value->text);
    case Value::Kind::list: {
      std::string items;
      for (const Value& item : value->items) items += (items.empty() ? "" : ", ") + show(&item);
      return "[" + items + "]";
    }
    default:
      return value->describe();
  }
}

bool is_empty(const Value* value) {
  return !value || value->kind == Value::Kind::null ||
         (value->as_text() && value->as_text()->empty());
}

bool same_value(const Value& a, const Value& b) {
  if (a.kind == Value::Kind::list || b.kind == Value::Kind::list) {
    if (a.kind != b.kind || a.items.size() != b.items.size()) return false;
    for (std::size_t i = 0; i < a.items.size(); ++i) {
      if (!same_value(a.items[i], b.items[i])) return false;
    }
    return true;
  }
  if (a.kind == Value::Kind::boolean || b.kind == Value::Kind::boolean) {
    return a.as_boolean() && a.as_boolean() == b.as_boolean();
  }
  if (is_empty(&a) || is_empty(&b)) return is_empty(&a) && is_empty(&b);
  return a.text == b.text;
}

std::string resolved(const std::string& base, const std::string& href) {
  return http::resolve(base, href).value_or(href);
}

using LinkKey = std::tuple<std::string, std::string, std::string>;  // rel, href, title

std::multiset<LinkKey> link_multiset(const model::Resource& resource, const std::string& base) {
  std::multiset<LinkKey> keys;
  for (const auto& [rel, relation] : resource.links) {
    for (const model::Link& link : relation.links) {
      keys.insert({rel, resolved(base, link.href), link.title.value_or("")});
    }
  }
  return keys;
}

std::string show_link(const LinkKey& key) {
  std::string text = std::get<1>(key);
  if (!std::get<2>(key).empty()) text += " title " + quoted(std::get<2>(key));
  return text;
}

class Comparison {
 public:
  Comparison(const std::string& base, std::vector<Difference>& out) : base_(base), out_(out) {}

  void resources(const model::Resource& left, const model::Resource& right, const std::string& at) {
    if (left.rel && right.rel && *left.rel != *right.rel) {
      differ(at + "rel", quoted(*left.rel), quoted(*right.rel));
    }
    auto left_self = left.self ? resolved(base_, *left.self) : std::string("absent");
    auto right_self = right.self ? resolved(base_, *right.self) : std::string("absent");
    if (left_self != right_self) differ(at + "self link", left_self, right_self);
    properties(left, right, at);
    links(left, right, at);
    embedded(left, right, at);
  }

 private:
  void differ(std::string path, std::string left, std::string right) {
    out_.push_back({std::move(path), std::move(left), std::move(right)});
  }

  void properties(const model::Resource& left, const model::Resource& right,
                  const std::string& at) {
    std::set<std::string> names;
    for (const auto& [name, value] : left.properties) names.insert(name);
    for (const auto& [name, value] : right.properties) names.insert(name);
    for (const std::string& name : names) {
      const Value* a = left.property(name);
      const Value* b = right.property(name);
      bool same = (a && b) ? same_value(*a, *b) : is_empty(a) && is_empty(b);
      if (!same) differ(at + "property " + name, show(a), show(b));
    }
  }

  void links(const model::Resource& left, const model::Resource& right, const std::string& at) {
    auto a = link_multiset(left, base_);
    auto b = link_multiset(right, base_);
    std::vector<LinkKey> only_left;
    std::vector<LinkKey> only_right;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only_left));
    std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(only_right));
    for (const LinkKey& key : only_left)
      differ(at + "link " + std::get<0>(key), show_link(key), "absent");
    for (const LinkKey& key : only_right)
      differ(at + "link " + std::get<0>(key), "absent", show_link(key));
  }

  void embedded(const model::Resource& left, const model::Resource& right, const std::string& at) {
    std::set<std::string> relations;
    for (const auto& [rel, group] : left.embedded) relations.insert(rel);
    for (const auto& [rel, group] : right.embedded) relations.insert(rel);
    for (const std::string& rel : relations) {
      const auto* a = left.embedded_relation(rel);
      const auto* b = right.embedded_relation(rel);
      const std::string here = at + "embedded " + rel;
      std::vector<const model::Resource*> unmatched;
      if (b) {
        for (const model::Resource& resource : b->resources) unmatched.push_back(&resource);
      }
      for (const model::Resource& resource : a ? a->resources : std::vector<model::Resource>{}) {
        auto match = std::find_if(
            unmatched.begin(), unmatched.end(),
            [&](const model::Resource* other) { return self_of(*other) == self_of(resource); });
        if (match == unmatched.end()) {
          differ(here, self_of(resource), "absent");
          continue;
        }
        resources(resource, **match, here + " " + self_of(resource) + ": ");
        unmatched.erase(match);
      }
      for (const model::Resource* resource : unmatched) differ(here, "absent", self_of(*resource));
    }
  }

  std::string self_of(const model::Resource& resource) const {
    return resource.self ? resolved(base_, *resource.self) : std::string("(no self link)");
  }

  const std::string& base_;
  std::vector<Difference>& out_;
};

}  // namespace

std::string Difference::contrast(const std::string& left_name,
                                 const std::string& right_name) const {
  return left_name + " " + left + " vs " + right_name + " " + right;
}

std::vector<Difference> compare(const model::Resource& left, const model::Resource& right,
                                const std::string& base) {
  std::vector<Difference> differences;
  Comparison(base, differences).resources(left, right, "");
  return differences;
}

}  // namespace ucwa::check
