// One test per documented property, link and embedded relation of the audioVideoInvitation and
// of its embedded participants, registered from the catalogue's resource descriptions
// (audioVideoInvitation_ref.md, participant_ref.md): Properties.SubjectIsStringOfAtMost250/Json,
// Links.FromIsSingleLink/Xml, Embedded.AcceptedByParticipantHasDocumentedShape/Json,
// Participants.RoleIsRoleValue/Xml, ...
#include "bridge/conformance_test.hpp"
#include "contract/resource_spec.hpp"

namespace ucwa::suites {

namespace {

using bridge::Satisfies;

// The test body every described member shares: escalate, then judge its clause.
class DescribedMember : public bridge::EscalationTest {
 public:
  explicit DescribedMember(model::Format format) : format_(format) {}
  void TestBody() override { EXPECT_TRUE(Satisfies(escalate())); }

 protected:
  model::Format format() const override { return format_; }

 private:
  model::Format format_;
};

std::string capitalised(std::string_view name) {
  std::string out(name);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string promise_of(const contract::PropertySpec& spec) {
  switch (spec.type) {
    case contract::ValueType::string:
      return capitalised(spec.name) + "IsString" +
             (spec.max_length ? "OfAtMost" + std::to_string(spec.max_length) : "");
    case contract::ValueType::boolean:
      return capitalised(spec.name) + "IsBoolean";
    case contract::ValueType::enumeration:
      return capitalised(spec.name) + "Is" + std::string(spec.enumeration->name) + "Value";
    case contract::ValueType::external_resource:
      return capitalised(spec.name) + "IsDataUri";
  }
  return capitalised(spec.name);
}

void register_test(const char* area, const std::string& promise, std::string_view clause_id) {
  bridge::declare_clause(area, promise, clause_id);
  for (model::Format format : {model::Format::json, model::Format::xml}) {
    ::testing::RegisterTest(
        area, (promise + "/" + std::string(model::to_string(format))).c_str(), nullptr, nullptr,
        __FILE__, __LINE__,
        [format]() -> bridge::EscalationTest* { return new DescribedMember(format); });
  }
}

bool register_described_members() {
  const contract::ResourceSpec& invitation = contract::audio_video_invitation_spec();
  for (const auto& spec : invitation.properties)
    register_test("Properties", promise_of(spec), spec.clause_id);
  for (const auto& spec : invitation.links) {
    register_test("Links", capitalised(spec.rel) + "IsSingleLink", spec.clause_id);
  }
  for (const auto& spec : invitation.embedded) {
    register_test("Embedded", capitalised(spec.rel) + "HasDocumentedShape", spec.clause_id);
  }
  const contract::ResourceSpec& participant = contract::participant_spec();
  for (const auto& spec : participant.properties)
    register_test("Participants", promise_of(spec), spec.clause_id);
  for (const auto& spec : participant.links) {
    register_test("Participants", capitalised(spec.rel) + "LinkIsSingle", spec.clause_id);
  }
  return true;
}

[[maybe_unused]] const bool registered = register_described_members();

}  // namespace

}  // namespace ucwa::suites
