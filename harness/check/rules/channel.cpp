#include "check/rules/channel.hpp"

#include <algorithm>

#include "representation/media_type.hpp"
#include "representation/read.hpp"

namespace ucwa::check::rules {

namespace {

std::string answer_name(const ReadBatch& read) {
  return "answer " + std::to_string(read.read + 1);
}

// "type rel href" of every event of a batch, in order: what EVT-14 compares.
std::vector<std::string> event_keys(const ReadBatch& read) {
  std::vector<std::string> keys;
  if (!read.batch.value) return keys;
  for (const model::Sender& sender : read.batch.value->senders) {
    for (const model::Event& event : sender.events) {
      keys.push_back(sender.rel + ": " + event.type + " " +
                     (event.link ? event.link->rel + " " + event.link->href : ""));
    }
  }
  return keys;
}

std::string listed(const std::vector<std::string>& keys) {
  std::string text;
  for (const auto& key : keys) text += (text.empty() ? "" : ", ") + key;
  return "[" + text + "]";
}

std::string status_of(const http::Exchange& exchange) {
  if (!exchange.answered()) return exchange.describe_failure();
  return "answered " + std::to_string(exchange.response->status);
}

// Whether an answer is 409 with a UCWA error whose subcode is PGetReplaced.
bool replaced(const http::Exchange& exchange, model::Format requested, std::string& why) {
  if (!exchange.answered()) return false;
  const http::Response& response = *exchange.response;
  if (response.status != 409) return false;
  const auto format = representation::format_to_read(
      http::find_header(response.headers, "Content-Type"), requested);
  const model::Read<model::Reason> reason = representation::read_reason(format, response.body);
  if (!reason.value) {
    why = "answered 409 without a UCWA error body";
    return false;
  }
  if (reason.value->code != "Conflict" || reason.value->subcode != "PGetReplaced") {
    why = "answered 409 with code " + reason.value->code.value_or("(none)") + ", subcode " +
          reason.value->subcode.value_or("(none)") + ", not Conflict / PGetReplaced";
    return false;
  }
  return true;
}

}  // namespace

void batch_shape(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (trail.batches().empty()) {
    judgement.nothing_to_check = "the channel answered no batch";
    return;
  }
  for (const ReadBatch& read : trail.batches()) {
    const std::string at = answer_name(read) + " (GET " + read.exchange->request.url + ")";
    if (read.format != channel.requested) {
      judgement.fail(at, "asked for " + std::string(model::to_string(channel.requested)) +
                             " (Accept " +
                             std::string(representation::accept_events_for(channel.requested)) +
                             "), answered in " + std::string(model::to_string(read.format)));
      continue;
    }
    if (read.batch.error) {
      judgement.fail(at, "not an events batch: " + read.batch.error->describe());
      continue;
    }
    for (const model::ParseError& defect : read.batch.defects)
      judgement.fail(at + " " + defect.location, defect.message);
    const model::EventsBatch& batch = *read.batch.value;
    if (!batch.next && !batch.resume && !batch.resync)
      judgement.fail(at, "no next, resume or resync link: the client cannot go on reading");
  }
}

void next_acknowledges(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (!trail.completed()) {
    judgement.nothing_to_check = "the invitation did not complete, so nothing was acknowledged";
    return;
  }
  if (channel.after_completed.empty()) {
    judgement.nothing_to_check = "the batch that completed the invitation has no next link";
    return;
  }
  const Trail after(channel.after_completed, channel.requested, channel.escalation);
  for (const InvitationEvent& seen : after.invitation_events()) {
    judgement.fail("next " + seen.where, "following next brought the invitation's " +
                                             seen.event->type +
                                             " event back after it was acknowledged (GET " +
                                             channel.after_completed[seen.read].request.url + ")");
  }
}

void same_ack_same_events(const Channel& channel, const Trail& trail, Judgement& judgement) {
  if (!channel.same_ack_again || !channel.same_ack_of) {
    judgement.nothing_to_check = "the channel was not asked again";
    return;
  }
  const ReadBatch* first = nullptr;
  for (const ReadBatch& read : trail.batches()) {
    if (read.read == *channel.same_ack_of) first = &read;
  }
  const std::vector<std::string> before = first ? event_keys(*first) : std::vector<std::string>{};
  if (before.empty()) {
    judgement.nothing_to_check = "the first answer held no event to ask for again";
    return;
  }
  const http::Exchange& again = *channel.same_ack_again;
  const std::string at = "GET " + again.request.url + " again";
  if (!again.answered() || again.response->status != 200) {
    judgement.fail(at,
                   status_of(again) + "; the first time it answered 200 with " + listed(before));
    return;
  }
  const std::vector<http::Exchange> again_reads{again};  // the trail points into it
  const Trail repeated(again_reads, channel.requested, channel.escalation);
  const std::vector<std::string> now =
      repeated.batches().empty() ? std::vector<std::string>{} : event_keys(repeated.batches()[0]);
  // Events that came since may follow; the ones the ack did not acknowledge must come first.
  if (now.size() >= before.size() && std::equal(before.begin(), before.end(), now.begin())) return;
  judgement.fail(at, "brought " + listed(now) + "; the same ack first brought " + listed(before));
}

void out_of_range_resyncs(const Channel& channel, const Trail&, Judgement& judgement) {
  if (!channel.out_of_range) {
    judgement.nothing_to_check = "the channel's href has no ack to put out of range";
    return;
  }
  const http::Exchange& answer = *channel.out_of_range;
  const std::string at = "GET " + answer.request.url;
  if (!answer.answered() || answer.response->status != 200) {
    judgement.fail(at, status_of(answer) + ", not a batch holding a resync link");
    return;
  }
  const auto format = representation::format_to_read(
      http::find_header(answer.response->headers, "Content-Type"), channel.requested);
  const model::Read<model::EventsBatch> read =
      representation::read_events(format, answer.response->body);
  if (!read.value) {
    judgement.fail(at, "not an events batch: " + read.error->describe());
    return;
  }
  if (!read.value->resync) judgement.fail(at, "the answer has no resync link");
  if (!read.value->senders.empty())
    judgement.fail(at, "the answer carries events; a resync link is its only content");
  if (read.value->next) judgement.fail(at, "the answer has a next link beside resync");
}

void pget_replaced(const Channel& channel, const Trail&, Judgement& judgement) {
  if (!channel.first_pending || !channel.second_pending) {
    judgement.nothing_to_check = "the channel was not held for a second pending GET";
    return;
  }
  std::string why_first, why_second;
  // The server cannot know which GET the harness sent first: either may be the one released.
  if (replaced(*channel.first_pending, channel.requested, why_first) ||
      replaced(*channel.second_pending, channel.requested, why_second))
    return;
  for (const http::Exchange* pending : {&*channel.first_pending, &*channel.second_pending}) {
    if (!pending->answered() || pending->response->status != 200) continue;
    const auto format = representation::format_to_read(
        http::find_header(pending->response->headers, "Content-Type"), channel.requested);
    const auto read = representation::read_events(format, pending->response->body);
    if (read.value && !read.value->senders.empty()) {
      judgement.nothing_to_check =
          "a pending GET was answered at once with events, so none was held to be replaced "
          "(EVT-13 judges what it brought)";
      return;
    }
  }
  judgement.fail("GET " + channel.first_pending->request.url,
                 "neither pending GET was released with 409 Conflict / PGetReplaced: the first " +
                     (why_first.empty() ? status_of(*channel.first_pending) : why_first) +
                     ", the second " +
                     (why_second.empty() ? status_of(*channel.second_pending) : why_second));
}

}  // namespace ucwa::check::rules
