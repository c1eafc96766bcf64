#include "load/record.hpp"

#include <array>
#include <utility>

namespace ucwa::load {
namespace {

constexpr std::array<std::pair<RequestKind, std::string_view>, 4> kind_names{{
    {RequestKind::conversation, "conversation"},
    {RequestKind::escalation, "escalation"},
    {RequestKind::invitation_get, "invitationGet"},
    {RequestKind::event, "event"},
}};

}  // namespace

std::string_view to_string(RequestKind kind) {
  for (const auto& [known, name] : kind_names) {
    if (known == kind) return name;
  }
  return "unknown";
}

std::optional<RequestKind> request_kind_named(std::string_view name) {
  for (const auto& [kind, known] : kind_names) {
    if (known == name) return kind;
  }
  return std::nullopt;
}

double LoadRecord::escalations_per_second() const {
  if (duration_seconds <= 0) return 0;
  return static_cast<double>(escalations) / duration_seconds;
}

std::uint64_t LoadRecord::requests() const {
  std::uint64_t total = 0;
  for (const auto& [kind, histogram] : latency) {
    if (kind != RequestKind::event) total += histogram.count();  // a wait, not a request
  }
  for (const auto& [kind, counts] : errors) total += counts.transport;
  return total;
}

double LoadRecord::error_rate() const {
  const std::uint64_t sent = requests();
  if (sent == 0) return 0;
  std::uint64_t failed = 0;
  for (const auto& [kind, counts] : errors) failed += counts.transport + counts.server;
  return static_cast<double>(failed) / static_cast<double>(sent);
}

std::uint64_t LoadRecord::violations() const {
  std::uint64_t total = 0;
  for (const ClauseTally& tally : clauses) total += tally.violated;
  return total;
}

std::optional<double> threshold_observed(const LoadRecord& record, std::string_view name) {
  if (name == "max-error-rate") return record.error_rate();
  if (name == "max-p99-ms") {
    const auto escalation = record.latency.find(RequestKind::escalation);
    if (escalation == record.latency.end()) return 0.0;
    return static_cast<double>(escalation->second.percentile(0.99)) / 1000.0;
  }
  return std::nullopt;
}

}  // namespace ucwa::load
