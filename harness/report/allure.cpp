#include "report/allure.hpp"

#include <openssl/evp.h>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>

#include "report/visible_json.hpp"
#include "text/visible.hpp"

namespace ucwa::report {

namespace {

std::string status_of(Status status) {
  switch (status) {
    case Status::pass:
    case Status::warn:
    case Status::waived:
      return "passed";
    case Status::fail:
      return "failed";
    case Status::error:
      return "broken";
    case Status::skip:
      return "skipped";
  }
  return "unknown";
}

// The digest of `text` by the named OpenSSL algorithm, as bytes.
std::string digest(const char* algorithm, const std::string& text) {
  unsigned char bytes[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), bytes, &length, EVP_get_digestbyname(algorithm), nullptr);
  return std::string(reinterpret_cast<const char*>(bytes), length);
}

std::string hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const unsigned char byte : bytes) {
    out += kDigits[byte >> 4];
    out += kDigits[byte & 0xf];
  }
  return out;
}

// A name-based UUID (RFC 4122 version 5, SHA-1) for one test of one run: the same test of the
// same run always gets the same one.
std::string uuid_of(const std::string& name) {
  // The RFC 4122 URL namespace, under which the name is a "ucwa-conform:" URL.
  static const std::string kNamespace(
      "\x6b\xa7\xb8\x11\x9d\xad\x11\xd1\x80\xb4\x00\xc0\x4f\xd4"
      "\x30\xc8",
      16);
  std::string bytes = digest("SHA1", kNamespace + "ucwa-conform:" + name).substr(0, 16);
  bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x50);  // version 5
  bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);  // RFC 4122 variant
  const std::string text = hex(bytes);
  return text.substr(0, 8) + "-" + text.substr(8, 4) + "-" + text.substr(12, 4) + "-" +
         text.substr(16, 4) + "-" + text.substr(20);
}

}  // namespace

std::string write_allure_results(const RunRecord& run, const std::filesystem::path& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) return "cannot create " + folder.string() + ": " + error.message();
  for (const TestRecord& test : run.tests) {
    const std::string uuid = uuid_of(run.started + test.name());
    nlohmann::json attachments = nlohmann::json::array();
    if (!test.evidence.empty()) {
      const std::string file = uuid + "-evidence.txt";
      std::ofstream attachment(folder / file, std::ios::binary);
      attachment << text::visible(test.evidence);
      if (!attachment) return "cannot write " + (folder / file).string();
      attachments.push_back({{"name", "HTTP exchanges"}, {"source", file}, {"type", "text/plain"}});
    }
    nlohmann::json result{
        {"uuid", uuid},
        // The same test across runs: Allure's history and trends follow it.
        {"historyId", hex(digest("SHA256", test.name())).substr(0, 32)},
        {"name", test.promise + "/" + test.format},
        {"fullName", test.name()},
        {"status", status_of(test.status)},
        {"statusDetails", {{"message", test.message}}},
        {"stage", "finished"},
        {"labels",
         {{{"name", "suite"}, {"value", test.area}},
          {{"name", "feature"}, {"value", test.area}},
          {{"name", "severity"}, {"value", test.level == "MUST" ? "critical" : "normal"}},
          {{"name", "tag"}, {"value", test.clause}},
          {{"name", "tag"}, {"value", std::string(to_string(test.status))}},
          {{"name", "tag"}, {"value", test.kind.empty() ? std::string("-") : test.kind}},
          {{"name", "framework"}, {"value", "ucwa-conform"}}}},
        {"parameters", {{{"name", "format"}, {"value", test.format}}}},
        {"attachments", std::move(attachments)}};
    if (test.started_ms > 0) {
      result["start"] = test.started_ms;
      result["stop"] = test.started_ms + static_cast<std::int64_t>(test.seconds * 1000);
    }
    std::ofstream out(folder / (uuid + "-result.json"), std::ios::binary);
    out << visible_dump(std::move(result));
    if (!out) return "cannot write " + (folder / (uuid + "-result.json")).string();
  }
  return {};
}

}  // namespace ucwa::report
