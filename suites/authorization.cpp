// Who may escalate: every request carries a bearer token (AuthenticationInUCWA.md), and the
// token holds Conversations.Initiate or Conversations.Receive (escalateAudioVideo_ref.md): one
// holding neither, whether it holds no scope or only unrelated ones, is refused.
// Tokens with chosen scopes come from the control API (docs/control-api.md).
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

// A request without a bearer token is refused with 401 and a WWW-Authenticate challenge.
CONFORMANCE_TEST(Authorization, WithoutTokenChallenged, AUTH_1) {
  bridge::EscalationRequest request;
  request.credentials.kind = target::Credentials::Kind::none;
  EXPECT_TRUE(Satisfies(escalate(request)));
}

// A request with a token the server never issued is refused with 401 and a WWW-Authenticate
// challenge.
CONFORMANCE_TEST(Authorization, UnknownTokenChallenged, AUTH_2) {
  bridge::EscalationRequest request;
  request.credentials = {target::Credentials::Kind::other,
                         "cwt=never-issued-" + target::fresh_identifier()};
  EXPECT_TRUE(Satisfies(escalate(request)));
}

// When the token holds neither Conversations.Initiate nor Conversations.Receive, escalateAudioVideo
// answers (403, Forbidden, any subcode) with a UCWA error body (a JSON object or an XML <reason>)
// that carries code, in the format asked for.
CONFORMANCE_TEST(Authorization, TokenWithoutScopesForbidden, AUTH_3) {
  escalate_holding({});
}

// A token holding no scope at all is refused (a 4xx answer, no escalation).
CONFORMANCE_TEST(Authorization, TokenWithoutScopesRefused, AUTH_6) {
  escalate_holding({});
}

// A token holding only Contacts.ReadWrite and User.ReadWrite is refused (a 4xx answer, no
// escalation).
CONFORMANCE_TEST(Authorization, TokenWithUnrelatedScopesRefused, AUTH_7) {
  escalate_holding({"Contacts.ReadWrite", "User.ReadWrite"});
}

// A token holding Conversations.Initiate alone may escalate (201 Created).
CONFORMANCE_TEST(Authorization, InitiateScopeSuffices, AUTH_4) {
  escalate_holding({"Conversations.Initiate"});
}

// A token holding Conversations.Receive alone may escalate (201 Created).
CONFORMANCE_TEST(Authorization, ReceiveScopeSuffices, AUTH_5) {
  escalate_holding({"Conversations.Receive"});
}

}  // namespace ucwa::suites
