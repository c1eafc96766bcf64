#include "report/evidence.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "report/shell_quoting.hpp"
#include "report/visible_json.hpp"
#include "text/ascii.hpp"

namespace ucwa::report {

namespace {

std::string headers_text(const http::Headers& headers, const Redactor& redact) {
  std::string out;
  for (const auto& header : headers) out += redact.header(header.name, header.value) + "\n";
  return out;
}

nlohmann::json har_headers(const http::Headers& headers, const Redactor& redact) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& header : headers)
    list.push_back(
        {{"name", redact(header.name)}, {"value", redact.header_value(header.name, header.value)}});
  return list;
}

}  // namespace

Redactor::Redactor(std::string run_token, std::vector<std::string> other_secrets)
    : run_token_(std::move(run_token)), others_(std::move(other_secrets)) {}

constexpr std::size_t kShortestFreeTextSecret = 8;

std::string Redactor::operator()(std::string text) const {
  if (run_token_.size() >= kShortestFreeTextSecret)
    text = replaced_all(std::move(text), run_token_, "$UCWA_TOKEN");
  for (const auto& secret : others_) {
    if (secret != run_token_ && secret.size() >= kShortestFreeTextSecret)
      text = replaced_all(std::move(text), secret, "<redacted minted token>");
  }
  return text;
}

std::string Redactor::header_value(const std::string& name, const std::string& value) const {
  const auto space = value.find(' ');
  if (text::equals_ignoring_case(name, "authorization") && space != std::string::npos) {
    const std::string credentials = value.substr(space + 1);
    const std::string scheme = value.substr(0, space);
    if (credentials == run_token_) return scheme + " $UCWA_TOKEN";
    for (const auto& secret : others_) {
      if (credentials == secret) return scheme + " <redacted minted token>";
    }
  }
  return (*this)(value);
}

std::string Redactor::header(const std::string& name, const std::string& value) const {
  return (*this)(name) + ": " + header_value(name, value);
}

// What a pending GET's time is: the server held it until events were ready (EventsInUCWA.md).
constexpr std::string_view kPendingNote =
    "; pending GET of the event channel: held by the server until events were ready, a wait by "
    "design, not a slow answer";

std::string curl_command(const http::Request& request, const Redactor& redact) {
  std::string command =
      "curl -sS -i -X " + request.method + " " + single_quoted(redact(request.url));
  for (const auto& header : request.headers) {
    const std::string line = redact.header(header.name, header.value);
    command += " \\\n  -H ";
    command +=
        line.find("$UCWA_TOKEN") != std::string::npos ? "\"" + line + "\"" : single_quoted(line);
  }
  if (!request.body.empty())
    command += " \\\n  --data-binary " + ansi_c_quoted(redact(request.body));
  return command;
}

std::string evidence_text(const std::vector<http::Exchange>& exchanges, const Redactor& redact) {
  std::string out;
  int number = 0;
  for (const auto& exchange : exchanges) {
    const auto& request = exchange.request;
    out += "=== exchange " + std::to_string(++number) + " ===\n";
    out +=
        redact(request.method + " " + request.url) + "\n" + headers_text(request.headers, redact);
    if (!request.body.empty()) out += "\n" + redact(request.body) + "\n";
    if (exchange.response) {
      const auto& response = *exchange.response;
      out += "--- answer: " + std::to_string(response.status) + " (" +
             std::to_string(exchange.elapsed.count() / 1000) + " ms" +
             (request.pending ? std::string(kPendingNote) : std::string()) + ")\n" +
             headers_text(response.headers, redact);
      if (!response.body.empty()) out += "\n" + redact(response.body) + "\n";
    } else {
      out += "--- no answer: " + redact(exchange.describe_failure()) +
             (request.pending ? std::string(kPendingNote) : std::string()) + "\n";
    }
    out += "--- reproduce (set UCWA_TOKEN first):\n" + curl_command(request, redact) + "\n\n";
  }
  return out;
}

namespace {

// HAR's queryString: the URL's query as name/value pairs, percent-decoded where that is valid
// (and left as sent where it is not).
nlohmann::json query_string_of(const std::string& url) {
  nlohmann::json pairs = nlohmann::json::array();
  const auto question = url.find('?');
  if (question == std::string::npos) return pairs;
  const auto fragment = url.find('#', question);
  const std::string query = url.substr(
      question + 1, fragment == std::string::npos ? std::string::npos : fragment - question - 1);
  std::size_t start = 0;
  while (start <= query.size()) {
    const auto end = std::min(query.find('&', start), query.size());
    const std::string pair = query.substr(start, end - start);
    if (!pair.empty()) {
      const auto equals = pair.find('=');
      const std::string name = pair.substr(0, equals);
      const std::string value = equals == std::string::npos ? "" : pair.substr(equals + 1);
      pairs.push_back({{"name", text::percent_decode(name).value_or(name)},
                       {"value", text::percent_decode(value).value_or(value)}});
    }
    start = end + 1;
  }
  return pairs;
}

}  // namespace

std::string har_document(const std::vector<http::Exchange>& exchanges, const Redactor& redact,
                         const std::string& started) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& exchange : exchanges) {
    const auto& request = exchange.request;
    nlohmann::json har_request{{"method", request.method},
                               {"url", redact(request.url)},
                               {"httpVersion", "HTTP/1.1"},
                               {"headers", har_headers(request.headers, redact)},
                               {"queryString", query_string_of(redact(request.url))},
                               {"cookies", nlohmann::json::array()},
                               {"headersSize", -1},
                               {"bodySize", request.body.size()}};
    if (!request.body.empty()) {
      std::string type = http::find_header(request.headers, "Content-Type").value_or("");
      har_request["postData"] = {{"mimeType", type}, {"text", redact(request.body)}};
    }
    nlohmann::json har_response{{"status", 0},
                                {"statusText", ""},
                                {"httpVersion", "HTTP/1.1"},
                                {"headers", nlohmann::json::array()},
                                {"cookies", nlohmann::json::array()},
                                {"content", {{"size", 0}, {"mimeType", ""}}},
                                {"redirectURL", ""},
                                {"headersSize", -1},
                                {"bodySize", 0}};
    if (exchange.response) {
      const auto& response = *exchange.response;
      har_response["status"] = response.status;
      har_response["headers"] = har_headers(response.headers, redact);
      har_response["bodySize"] = response.body.size();
      har_response["content"] = {
          {"size", response.body.size()},
          {"mimeType", http::find_header(response.headers, "Content-Type").value_or("")},
          {"text", redact(response.body)}};
    } else {
      har_response["_error"] = redact(exchange.describe_failure());
    }
    const double milliseconds = static_cast<double>(exchange.elapsed.count()) / 1000.0;
    nlohmann::json entry{{"startedDateTime", started},
                         {"time", milliseconds},
                         {"request", std::move(har_request)},
                         {"response", std::move(har_response)},
                         {"cache", nlohmann::json::object()},
                         {"timings", {{"send", 0}, {"wait", milliseconds}, {"receive", 0}}}};
    if (exchange.request.pending) entry["comment"] = std::string(kPendingNote).substr(2);
    entries.push_back(std::move(entry));
  }
  nlohmann::json har{{"log",
                      {{"version", "1.2"},
                       {"creator", {{"name", "ucwa-conform"}, {"version", UCWA_CONFORM_VERSION}}},
                       {"entries", std::move(entries)}}}};
  return visible_dump(std::move(har), -1);  // compact: the HAR files are most of the reports
}

}  // namespace ucwa::report
