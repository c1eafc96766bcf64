#include "http/curl_failure.hpp"

#include <array>

namespace ucwa::http {

TransportFailure failure_of(CURLcode code) {
  switch (code) {
    case CURLE_OK:
      return TransportFailure::none;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return TransportFailure::unresolved;
    case CURLE_COULDNT_CONNECT:
      return TransportFailure::connect_failed;
    case CURLE_OPERATION_TIMEDOUT:
      return TransportFailure::timed_out;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
      return TransportFailure::tls;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
    case CURLE_BAD_CONTENT_ENCODING:
      return TransportFailure::protocol;
    default:
      return TransportFailure::other;
  }
}

namespace {

// What TLS libraries say when the "TLS record" they read is in fact the start of an HTTP answer.
bool looks_like_plain_http(std::string_view detail) {
  constexpr std::array<std::string_view, 4> signs{"wrong version number", "packet length too long",
                                                  "record layer failure", "unexpected TLS packet"};
  for (std::string_view sign : signs) {
    if (detail.find(sign) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::string hint_for(CURLcode code, std::string_view detail) {
  switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ISSUER_ERROR:
      return "the server's certificate is not trusted: pass its CA with --cacert FILE, or "
             "--insecure to skip verification";
    case CURLE_SSL_CACERT_BADFILE:
      return "the CA bundle could not be loaded: --cacert FILE must be PEM certificates";
    case CURLE_SSL_CONNECT_ERROR:
      if (looks_like_plain_http(detail)) {
        return "the server answered plain HTTP on an https:// URL; use http://";
      }
      return {};
    default:
      return {};
  }
}

}  // namespace ucwa::http
