#include "app/load_judge.hpp"

#include "check/channel.hpp"
#include "check/evaluate.hpp"
#include "check/observed.hpp"
#include "check/subjects.hpp"
#include "contract/catalogue.hpp"
#include "contract/clause_ids.hpp"
#include "representation/media_type.hpp"
#include "representation/read.hpp"

namespace ucwa::app {

namespace {

// "operationId: expected ... ; self link: absent"
std::string described(const check::Verdict& verdict) {
  std::string text;
  for (const check::Finding& finding : verdict.findings) {
    if (!text.empty()) text += "; ";
    text += finding.describe();
  }
  return text;
}

// The other escalation the verdict names, if any.
std::string other_escalation(const check::Verdict& verdict) {
  for (const check::Finding& finding : verdict.findings) {
    if (!finding.other_escalation.empty()) return finding.other_escalation;
  }
  return {};
}

}  // namespace

LoadJudge::LoadJudge(bool strict, report::Redactor redact, std::string base)
    : strict_(strict), redact_(std::move(redact)), base_(std::move(base)) {
  for (const contract::Clause& clause : contract::catalogue()) {
    const bool on_escalation = check::judged_on_escalations(clause.id);
    const bool judged_here = on_escalation || check::judged_under_load(clause.id) ||
                             clause.id == contract::id::RES_4 || clause.id == contract::id::EVT_1;
    if (!judged_here) continue;
    const std::size_t index = clauses_.size();
    if (on_escalation) on_escalations_.push_back(index);
    if (clause.id == contract::id::ESC_RESP_1) status_ = index;
    if (clause.id == contract::id::LOAD_1) echoes_ = index;
    if (clause.id == contract::id::LOAD_2) own_invitation_ = index;
    if (clause.id == contract::id::LOAD_3) fetches_ = index;
    if (clause.id == contract::id::RES_4) resolves_ = index;
    if (clause.id == contract::id::EVT_1) event_ = index;
    clauses_.push_back(&clause);
    load::ClauseTally tally;
    tally.clause = clause.id;
    tally.level = contract::to_string(clause.level);
    tally.source = clause.source;
    tally.promise = clause.promise;
    tallies_.push_back(std::move(tally));
  }
}

void LoadJudge::sent(const std::string& operation_id, const std::string& session_context) {
  neighbours_.sent(operation_id, session_context);
}

void LoadJudge::tally(std::size_t index, const check::Verdict& verdict,
                      const std::string& operation_id,
                      const std::vector<const http::Exchange*>& evidence) {
  // Nothing to check, another format (REP-CTYPE-2 judges that) or no answer: not judged.
  if (verdict.outcome != check::Outcome::satisfied && verdict.outcome != check::Outcome::violated)
    return;
  load::ClauseTally& tally = tallies_[index];
  ++tally.judged;
  if (verdict.outcome == check::Outcome::satisfied) return;
  // A MUST clause's SHOULD-level findings gate only under --strict, as in the suites.
  if (clauses_[index]->level == contract::Level::must && !verdict.has_must_finding() && !strict_)
    return;
  ++tally.violated;
  ++violations_;
  if (tally.examples.size() >= load::max_examples) return;
  std::vector<http::Exchange> exchanges;
  for (const http::Exchange* exchange : evidence) exchanges.push_back(*exchange);
  tally.examples.push_back({operation_id, other_escalation(verdict), described(verdict),
                            report::evidence_text(exchanges, redact_)});
}

std::optional<check::Identity> LoadJudge::judge_created(const check::Escalation& escalation) {
  if (!escalation.exchange.answered()) return std::nullopt;  // an error, counted by the loop
  const check::Observed observed = check::observe(escalation);
  const std::vector<const http::Exchange*> evidence{&escalation.exchange};
  if (observed.response.status != 201) {
    tally(status_, check::evaluate(*clauses_[status_], observed), escalation.operation_id,
          evidence);
    return std::nullopt;
  }
  for (const std::size_t index : on_escalations_)
    tally(index, check::evaluate(*clauses_[index], observed), escalation.operation_id, evidence);
  if (!observed.body.value) return std::nullopt;

  const check::Identity created = check::identity_of(*observed.body.value, base_);
  const check::Concurrent concurrent{
      escalation.operation_id, escalation.session_context, created, std::nullopt, "", neighbours_};
  for (const std::size_t index : {echoes_, own_invitation_})
    tally(index, check::evaluate(*clauses_[index], concurrent), escalation.operation_id, evidence);
  if (created.self) neighbours_.given(escalation.operation_id, *created.self);
  return created;
}

void LoadJudge::judge_fetched(const check::Escalation& escalation, const check::Identity& created,
                              const http::Exchange& get) {
  const std::vector<const http::Exchange*> evidence{&escalation.exchange, &get};
  check::Lookup lookup;
  lookup.requested = escalation.requested;
  lookup.expected_rel = "audioVideoInvitation";
  lookup.base = base_;
  lookup.gets.push_back(get);
  tally(resolves_, check::evaluate(*clauses_[resolves_], lookup), escalation.operation_id,
        evidence);

  check::Concurrent concurrent{
      escalation.operation_id, escalation.session_context, created, std::nullopt, "", neighbours_};
  if (!get.answered()) {
    concurrent.not_fetched = "the GET of the self href had no answer";
  } else if (get.response->status != 200) {
    concurrent.not_fetched =
        "the GET of the self href answered " + std::to_string(get.response->status);
  } else {
    const auto content_type = http::find_header(get.response->headers, "Content-Type");
    const auto read = representation::read_resource(
        representation::format_to_read(content_type, escalation.requested), get.response->body);
    if (read.value)
      concurrent.fetched = check::identity_of(*read.value, base_);
    else
      concurrent.not_fetched = "the GET of the self href answered a body that cannot be read";
  }
  tally(fetches_, check::evaluate(*clauses_[fetches_], concurrent), escalation.operation_id,
        evidence);
}

}  // namespace ucwa::app

namespace ucwa::app {

void LoadJudge::judge_event(const check::Escalation& escalation,
                            const std::shared_ptr<const http::Exchange>& batch,
                            model::Format read_as,
                            const std::shared_ptr<const http::Exchange>& trouble,
                            std::chrono::milliseconds wait) {
  watched_events_ = true;
  check::Channel channel;
  // A shared channel is read in one format for escalations of both: judged as it was asked for.
  channel.requested = batch ? read_as : escalation.requested;
  channel.escalation = escalation;
  channel.wait = wait;
  std::vector<const http::Exchange*> evidence{&escalation.exchange};
  for (const auto& answer : {batch, trouble}) {
    if (!answer) continue;
    channel.reads.push_back(*answer);
    evidence.push_back(answer.get());
  }
  tally(event_, check::evaluate(*clauses_[event_], channel), escalation.operation_id, evidence);
}

std::vector<load::ClauseTally> LoadJudge::tallies() const {
  std::vector<load::ClauseTally> judged;
  for (std::size_t i = 0; i < tallies_.size(); ++i) {
    if (i == event_ && !watched_events_) continue;  // no event channel: as if EVT-1 were not here
    judged.push_back(tallies_[i]);
  }
  return judged;
}

}  // namespace ucwa::app
