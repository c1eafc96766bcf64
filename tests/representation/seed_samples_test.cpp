// The documentation's own JSON and XML samples read into one model: they differ only where the
// page really differs (state: Connecting in JSON, Connected in XML).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "check/parity.hpp"
#include "representation/json_reader.hpp"
#include "representation/xml_reader.hpp"

namespace {

using namespace ucwa;

std::string sample(const std::string& name) {
  std::ifstream file(std::string(UCWA_SAMPLES_DIR) + "/" + name, std::ios::binary);
  std::stringstream content;
  content << file.rdbuf();
  return content.str();
}

class SeedSamples : public ::testing::Test {
 protected:
  model::Read<model::Resource> json =
      representation::read_json_resource(sample("seed_invitation.json"));
  model::Read<model::Resource> xml =
      representation::read_xml_resource(sample("seed_invitation.xml"));
};

TEST_F(SeedSamples, BothReadWithoutDefects) {
  ASSERT_TRUE(json.value) << json.error->describe();
  ASSERT_TRUE(xml.value) << xml.error->describe();
  EXPECT_TRUE(json.defects.empty());
  EXPECT_TRUE(xml.defects.empty());
}

TEST_F(SeedSamples, DifferOnlyInState) {
  ASSERT_TRUE(json.value && xml.value);
  auto differences = check::compare(*json.value, *xml.value, "https://fe1.contoso.com/");
  ASSERT_EQ(differences.size(), 1u);
  EXPECT_EQ(differences[0].path, "property state");
  EXPECT_EQ(differences[0].contrast("JSON", "XML"), "JSON \"Connecting\" vs XML \"Connected\"");
}

TEST_F(SeedSamples, JsonHasTheDocumentedShape) {
  const model::Resource& invitation = *json.value;
  EXPECT_EQ(invitation.rel, "audioVideoInvitation");
  EXPECT_EQ(invitation.self, "/ucwa/v1/applications/192/communication/invitations/507");
  EXPECT_EQ(invitation.properties.size(), 19u);
  EXPECT_EQ(invitation.links.size(), 20u);  // every relation but self
  EXPECT_EQ(invitation.property("joinAudioMuted")->kind, model::Value::Kind::boolean);
  EXPECT_EQ(invitation.link("mediaOffer")->multiplicity, model::Multiplicity::single);
  EXPECT_EQ(invitation.embedded_relation("acceptedByParticipant")->multiplicity,
            model::Multiplicity::list);
  EXPECT_EQ(invitation.embedded_relation("from")->multiplicity, model::Multiplicity::single);
  const model::Resource& from = invitation.embedded_relation("from")->resources.at(0);
  EXPECT_EQ(from.rel, "participant");
  EXPECT_EQ(from.property("role")->as_text(), "Attendee");
  EXPECT_EQ(from.links.size(), 16u);
}

TEST_F(SeedSamples, XmlHasTheDocumentedShape) {
  const model::Resource& invitation = *xml.value;
  EXPECT_EQ(invitation.rel, "audioVideoInvitation");
  EXPECT_EQ(invitation.self, "/ucwa/v1/applications/192/communication/invitations/507");
  EXPECT_EQ(invitation.properties.size(), 19u);  // <property name="rel"> is not a property
  EXPECT_EQ(invitation.property("joinAudioMuted")->kind, model::Value::Kind::lexical);
  EXPECT_EQ(invitation.property("joinAudioMuted")->as_boolean(), false);
  EXPECT_EQ(invitation.link("from")->multiplicity, model::Multiplicity::unstated);
  const model::Resource& emergency =
      invitation.embedded_relation("startEmergencyCallInput")->resources.at(0);
  EXPECT_EQ(emergency.rel, "startEmergencyCallParameters");
}

}  // namespace
