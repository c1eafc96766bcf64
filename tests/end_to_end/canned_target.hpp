#pragma once

#include <functional>
#include <memory>
#include <string>

#include "model/format.hpp"

namespace ucwa::samples {

// A small in-process target that answers every escalation with the documentation's own sample
// (the ids echoed, the offer it received as mediaOffer), passed through a change of the test's
// choosing: one broken member, or one legal variant. It serves the control API's conversation
// route and the GETs the suites make; it does not check tokens.
class CannedTarget {
 public:
  // Changes the invitation's body in a format; `base` is the target's own URL.
  using Change = std::function<std::string(const std::string& body, model::Format format,
                                           const std::string& base)>;

  struct Options {
    Change change;
    std::string json_type = "application/json; charset=utf-8";
    std::string xml_type = "application/xml; charset=utf-8";
    int escalation_status = 201;
    bool escalation_always_json = false;  // whatever Accept asks for
    bool conversation_links_audio_video = true;
    bool audio_video_links_escalation = true;
  };

  // The mediaOffer it serves: the harness's own offer as a base64 data URI.
  static std::string served_offer();

  explicit CannedTarget(Options options);
  ~CannedTarget();

  std::string base_url() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ucwa::samples
