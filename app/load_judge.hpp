#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/concurrent.hpp"
#include "check/escalation.hpp"
#include "check/verdict.hpp"
#include "contract/clause.hpp"
#include "http/exchange.hpp"
#include "load/record.hpp"
#include "model/format.hpp"
#include "report/evidence.hpp"

namespace ucwa::app {

// Judges every escalation of a load run with the suites' evaluator and keeps the tally per
// clause: how often judged, how often violated, the first examples with their evidence.
class LoadJudge {
 public:
  // `strict`: a MUST clause's SHOULD-level findings count as violations too.
  LoadJudge(bool strict, report::Redactor redact, std::string base);

  // An escalation sent with these parameters (so that its answers, or another's, can be told).
  void sent(const std::string& operation_id, const std::string& session_context);

  // Its answer. A 201 is judged by every clause judged on an escalation, and by the cross-talk
  // clauses an answer alone shows (LOAD-1, LOAD-2); another status only by the status clause.
  // The identity the 201 claims, when it is one.
  std::optional<check::Identity> judge_created(const check::Escalation& escalation);

  // The GET of the 201's self href: RES-4 and LOAD-3.
  void judge_fetched(const check::Escalation& escalation, const check::Identity& created,
                     const http::Exchange& get);

  // The wait for the 201's invitation event on the target's event channel: EVT-1, judged on
  // `batch`, the channel answer (asked for in `read_as`) that held the first event matched to the
  // escalation, or, when none came within `wait`, on `trouble`, the answer that stopped the
  // channel's reading, if any.
  void judge_event(const check::Escalation& escalation,
                   const std::shared_ptr<const http::Exchange>& batch, model::Format read_as,
                   const std::shared_ptr<const http::Exchange>& trouble,
                   std::chrono::milliseconds wait);

  // Every clause a load run judges, in catalogue order, with what came of it; EVT-1 only when
  // the target had an event channel.
  std::vector<load::ClauseTally> tallies() const;
  std::uint64_t violations() const { return violations_; }

 private:
  void tally(std::size_t index, const check::Verdict& verdict, const std::string& operation_id,
             const std::vector<const http::Exchange*>& evidence);

  bool strict_;
  report::Redactor redact_;
  std::string base_;  // hrefs resolve against it
  check::Neighbours neighbours_;
  std::vector<const contract::Clause*> clauses_;  // parallel to tallies_
  std::vector<load::ClauseTally> tallies_;
  std::vector<std::size_t> on_escalations_;  // indexes into clauses_
  std::size_t status_ = 0, echoes_ = 0, own_invitation_ = 0, resolves_ = 0, fetches_ = 0;
  std::size_t event_ = 0;
  bool watched_events_ = false;
  std::uint64_t violations_ = 0;
};

}  // namespace ucwa::app
