#include "model/resource.hpp"

namespace ucwa::model {

namespace {
template <typename Map>
const typename Map::mapped_type* find_in(const Map& map, const std::string& key) {
  auto found = map.find(key);
  return found == map.end() ? nullptr : &found->second;
}
}  // namespace

const Value* Resource::property(const std::string& name) const {
  return find_in(properties, name);
}

const LinkRelation* Resource::link(const std::string& relation) const {
  return find_in(links, relation);
}

const EmbeddedRelation* Resource::embedded_relation(const std::string& relation) const {
  return find_in(embedded, relation);
}

}  // namespace ucwa::model
