#include "report/allure.hpp"

#include <fstream>
#include <functional>
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

// A stable id per test and run, in UUID shape.
std::string uuid_of(const std::string& seed) {
  const auto a = std::hash<std::string>{}(seed);
  const auto b = std::hash<std::string>{}(seed + "#");
  char text[40];
  std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>(a >> 16) & 0xffffu, static_cast<unsigned>(a) & 0xffffu,
                static_cast<unsigned>(b >> 48) & 0xffffu,
                static_cast<unsigned long long>(b) & 0xffffffffffffULL);
  return text;
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
        {"historyId", std::to_string(std::hash<std::string>{}(test.name()))},
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
        {"links", {{{"name", test.source}, {"type", "tms"}, {"url", ""}}}},
        {"attachments", std::move(attachments)}};
    std::ofstream out(folder / (uuid + "-result.json"), std::ios::binary);
    out << visible_dump(std::move(result));
    if (!out) return "cannot write " + (folder / (uuid + "-result.json")).string();
  }
  return {};
}

}  // namespace ucwa::report
