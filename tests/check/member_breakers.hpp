#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "contract/resource_spec.hpp"

namespace ucwa::samples {

// One described member, on the invitation or on its embedded `from` participant.
struct Member {
  std::string_view clause;
  const contract::PropertySpec* property = nullptr;
  const contract::LinkSpec* link = nullptr;
  const contract::EmbeddedSpec* embedded = nullptr;
  bool on_participant = false;

  std::string_view name() const;
};

std::vector<Member> described_members();

// How GoogleTest names a member in a parameterised test.
inline void PrintTo(const Member& member, std::ostream* out) {
  *out << member.clause;
}

// The body with that member given a value that breaks its clause. Both formats get the same
// logical value, so JSON and XML stay one resource.
std::string break_json(const std::string& body, const Member& member);
std::string break_xml(const std::string& body, const Member& member);

// XML text is always a string: a string without a length limit breaks only in JSON.
bool breaks_in_xml(const Member& member);

}  // namespace ucwa::samples
