#include "report/waivers.hpp"

#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>

namespace ucwa::report {

namespace {

bool is_date(const std::string& text) {
  if (!std::regex_match(text, std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}"))) return false;
  const std::chrono::year_month_day date{
      std::chrono::year{std::stoi(text.substr(0, 4))},
      std::chrono::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
  return date.ok();
}

bool covers(const Waiver& waiver, const TestRecord& test) {
  return (!waiver.test.empty() && waiver.test == test.name()) ||
         (!waiver.clause.empty() && waiver.clause == test.clause);
}

}  // namespace

std::optional<std::vector<Waiver>> read_waivers(const std::string& text, std::string& problem) {
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object() || !json.contains("waivers") || !json["waivers"].is_array()) {
    problem = R"(expected a JSON object {"waivers": [...]})";
    return std::nullopt;
  }
  std::vector<Waiver> waivers;
  int number = 0;
  for (const auto& entry : json["waivers"]) {
    ++number;
    const std::string where = "waiver " + std::to_string(number);
    if (!entry.is_object()) {
      problem = where + " is not an object";
      return std::nullopt;
    }
    const auto text_of = [&](const char* field) -> std::string {
      auto member = entry.find(field);
      return member != entry.end() && member->is_string() ? member->get<std::string>() : "";
    };
    Waiver waiver{text_of("test"), text_of("clause"), text_of("reason"), text_of("ticket"),
                  text_of("expires")};
    if (waiver.test.empty() == waiver.clause.empty()) {
      problem = where + " must name exactly one of \"test\" and \"clause\"";
      return std::nullopt;
    }
    for (const auto& [field, value] :
         {std::pair{"reason", waiver.reason}, std::pair{"ticket", waiver.ticket}}) {
      if (value.empty()) {
        problem = where + " needs a \"" + field + "\"";
        return std::nullopt;
      }
    }
    if (!is_date(waiver.expires)) {
      problem = where + " needs \"expires\" as a date YYYY-MM-DD, got \"" + waiver.expires + "\"";
      return std::nullopt;
    }
    waivers.push_back(std::move(waiver));
  }
  return waivers;
}

void apply_waivers(RunRecord& run, const std::vector<Waiver>& waivers, const std::string& today) {
  for (const Waiver& waiver : waivers) {
    bool matched_failure = false, matched_pass = false;
    for (TestRecord& test : run.tests) {
      if (!covers(waiver, test)) continue;
      if (test.status == Status::pass || test.status == Status::warn) matched_pass = true;
      if (test.status != Status::fail && test.status != Status::waived) continue;
      matched_failure = true;
      if (waiver.expires >= today) {
        test.status = Status::waived;
        test.waiver = waiver;
      } else if (test.status == Status::fail && !test.waiver) {
        test.waiver = waiver;
        test.message =
            "waiver " + waiver.ticket + " expired on " + waiver.expires + "\n" + test.message;
      }
    }
    if (matched_failure && waiver.expires < today) run.expired_waivers.push_back(waiver);
    if (!matched_failure && matched_pass) run.stale_waivers.push_back(waiver);
  }
}

std::string today_utc() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day date{now};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

}  // namespace ucwa::report
