#include "report/waivers.hpp"

#include <chrono>
#include <nlohmann/json.hpp>

#include "text/ascii.hpp"
#include "text/visible.hpp"

namespace ucwa::report {

namespace {

// The digits of text[from, from + count) as a number; -1 when one is not a digit.
int number_at(const std::string& text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (!text::is_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// YYYY-MM-DD, a day of the calendar. Checked by hand: a std::regex compiled per waiver made
// 60,000 waivers take seconds.
bool is_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  const int year = number_at(text, 0, 4), month = number_at(text, 5, 2),
            day = number_at(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return false;
  const std::chrono::year_month_day date{std::chrono::year{year},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
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
      problem = where + " needs \"expires\" as a date YYYY-MM-DD, got \"" +
                text::quoted_for_message(waiver.expires, 40) + "\"";
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
