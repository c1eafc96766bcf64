// Who may escalate: every request carries a bearer token (AuthenticationInUCWA.md), and the
// token holds Conversations.Initiate or Conversations.Receive (escalateAudioVideo_ref.md): one
// holding neither, whether it holds no scope or only unrelated ones, is refused.
// Tokens with chosen scopes come from the control API (interface.md).
#include "bridge/conformance_test.hpp"

namespace ucwa::suites {

using bridge::Satisfies;

class Authorization : public bridge::EscalationTest {
 protected:
  // Escalates with a token the control API mints holding exactly `scopes`.
  void escalate_holding(const std::vector<std::string>& scopes) {
    auto minted = bridge::session().control().mint_token(scopes);
    if (minted.unavailable) return bridge::give_up(*minted.unavailable);
    bridge::session().keep_secret(*minted.value);
    bridge::EscalationRequest request;
    request.credentials = {target::Credentials::Kind::other, *minted.value};
    EXPECT_TRUE(Satisfies(escalate(request)));
  }
};

CONFORMANCE_TEST(Authorization, WithoutTokenChallenged, "AUTH-1") {
  bridge::EscalationRequest request;
  request.credentials.kind = target::Credentials::Kind::none;
  EXPECT_TRUE(Satisfies(escalate(request)));
}

CONFORMANCE_TEST(Authorization, UnknownTokenChallenged, "AUTH-2") {
  bridge::EscalationRequest request;
  request.credentials = {target::Credentials::Kind::other,
                         "cwt=never-issued-" + target::fresh_identifier()};
  EXPECT_TRUE(Satisfies(escalate(request)));
}

CONFORMANCE_TEST(Authorization, TokenWithoutScopesForbidden, "AUTH-3") {
  escalate_holding({});
}

CONFORMANCE_TEST(Authorization, TokenWithoutScopesRefused, "AUTH-6") {
  escalate_holding({});
}

CONFORMANCE_TEST(Authorization, TokenWithUnrelatedScopesRefused, "AUTH-7") {
  escalate_holding({"Contacts.ReadWrite", "User.ReadWrite"});
}

CONFORMANCE_TEST(Authorization, InitiateScopeSuffices, "AUTH-4") {
  escalate_holding({"Conversations.Initiate"});
}

CONFORMANCE_TEST(Authorization, ReceiveScopeSuffices, "AUTH-5") {
  escalate_holding({"Conversations.Receive"});
}

CONFORMANCE_AREA(Authorization);

}  // namespace ucwa::suites
