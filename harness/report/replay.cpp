#include "report/replay.hpp"

#include <nlohmann/json.hpp>
#include <optional>

#include "http/url.hpp"
#include "report/shell_quoting.hpp"
#include "text/ascii.hpp"

namespace ucwa::report {

namespace {

// Secrets shorter than this are replaced only where they are known to be: in Authorization
// headers (as report::Redactor does).
constexpr std::size_t kShortestFreeTextSecret = 8;

// A piece of a shell word: literal text, or the value of a script variable.
struct Segment {
  std::string text;  // the literal, or the variable's name
  bool variable = false;
};
using Segments = std::vector<Segment>;

// Wherever `from` appears, the script puts the variable instead.
struct Substitution {
  std::string from;
  std::string variable;
};
using Substitutions = std::vector<Substitution>;

// text cut into literals and variables: at each place the longest `from` that starts there.
Segments split(const std::string& text, const Substitutions& substitutions,
               const Redactor& redact) {
  Segments out;
  std::string literal;
  const auto flush = [&] {
    if (!literal.empty()) out.push_back({redact(literal), false});  // no secret stays literal
    literal.clear();
  };
  for (std::size_t at = 0; at < text.size();) {
    const Substitution* best = nullptr;
    for (const Substitution& each : substitutions) {
      if (each.from.empty() || text.compare(at, each.from.size(), each.from) != 0) continue;
      if (!best || each.from.size() > best->from.size()) best = &each;
    }
    if (!best) {
      literal += text[at++];
      continue;
    }
    flush();
    out.push_back({best->variable, true});
    at += best->from.size();
  }
  flush();
  return out;
}

// One bash word: literals single-quoted (neighbours as one), variables double-quoted.
std::string shell_word(const Segments& segments) {
  std::string word, literal;
  bool pending = false;
  for (const Segment& segment : segments) {
    if (!segment.variable) {
      literal += segment.text;
      pending = true;
      continue;
    }
    if (pending) word += single_quoted(literal);
    literal.clear();
    pending = false;
    word += "\"${" + segment.text + "}\"";
  }
  if (pending) word += single_quoted(literal);
  return word.empty() ? "''" : word;
}

// A literal as a printf format: % doubled, backslash and control bytes escaped.
std::string printf_escaped(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    switch (c) {
      case '%':
        out += "%%";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\'':
        out += "'\\''";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          const char* digits = "01234567";
          out += "\\";
          out += digits[(c >> 6) & 7];
          out += digits[(c >> 3) & 7];
          out += digits[c & 7];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

// printf commands that write the segments byte for byte, one per line of the body.
std::string printf_lines(const Segments& segments, const std::string& file) {
  std::string out = "{\n";
  std::string format, arguments;
  const auto line_done = [&] {
    if (format.empty()) return;
    out += "  printf '" + format + "'" + arguments + "\n";
    format.clear();
    arguments.clear();
  };
  for (const Segment& segment : segments) {
    if (segment.variable) {
      format += "%s";
      arguments += " \"${" + segment.text + "}\"";
      continue;
    }
    for (const char c : segment.text) {
      format += printf_escaped(std::string(1, c));
      if (c == '\n') line_done();
    }
  }
  line_done();
  return out + "} >" + file + "\n";
}

// Text for a comment or a message: one line, no control characters.
std::string one_line(std::string text) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return text;
}

std::optional<nlohmann::json> json_object(const std::string& body) {
  nlohmann::json answer = nlohmann::json::parse(body, nullptr, false);
  if (!answer.is_object()) return std::nullopt;
  return answer;
}

std::optional<std::string> string_member(const nlohmann::json& object, const char* name) {
  const auto member = object.find(name);
  if (member == object.end() || !member->is_string() || member->get<std::string>().empty())
    return std::nullopt;
  return member->get<std::string>();
}

// The body as the evidence keeps it ends so when it was longer (bridge::Session).
bool cut_in_evidence(const std::string& body) {
  const auto mark = body.rfind("\n[... cut: ");
  constexpr std::size_t kEnd = 14;  // " bytes in all]"
  return mark != std::string::npos && body.size() >= mark + kEnd &&
         body.compare(body.size() - kEnd, kEnd, " bytes in all]") == 0;
}

bool is_under(const std::string& url, const std::string& base) {
  return !base.empty() && url.rfind(base + "/", 0) == 0;
}

class Writer {
 public:
  Writer(const Redactor& redact, const ReplayPlace& place) : redact_(redact), place_(place) {
    if (redact.run_token().size() >= kShortestFreeTextSecret)
      secrets_.push_back({redact.run_token(), "UCWA_TOKEN"});
    if (!redact.run_token().empty()) credentials_.push_back({redact.run_token(), "UCWA_TOKEN"});
  }

  std::string script(const std::vector<http::Exchange>& exchanges) {
    std::string steps;
    const std::size_t total = exchanges.size();
    for (std::size_t i = 0; i < total; ++i) steps += step(exchanges[i], i + 1, total);

    std::string out = "#!/usr/bin/env bash\n";
    out += "# Replays " + one_line(place_.test) + " as the run made it: its " +
           std::to_string(total) + (total == 1 ? " request" : " requests") +
           ", in order, each answer printed.\n";
    out +=
        "# The control API's calls are made again as such (a fresh conversation, a minted token, "
        "a\n"
        "# condition on the fresh conversation); a request to an href of the run's conversation "
        "goes to\n"
        "# the same href of the fresh one; method, query, headers and body as the run sent them.\n";
    out += "# Needs bash, curl and python3.";
    if (uses_token_) out += " Set UCWA_TOKEN to the run's bearer token first.";
    out += "\nset -euo pipefail\n";
    if (uses_token_) out += ": \"${UCWA_TOKEN:?set UCWA_TOKEN to the bearer token of the run}\"\n";
    out += "target=" + single_quoted(redact_(place_.target)) + "\n";
    out += "control=" + single_quoted(redact_(place_.control)) + "\n";
    out += "work=$(mktemp -d)\ntrap 'rm -rf \"$work\"' EXIT\n\n";
    out +=
        "# member NAME <JSON: the string member NAME of a JSON object, or nothing.\n"
        "member() {\n"
        "  python3 -c 'import json, sys\n"
        "try:\n"
        "    value = json.load(sys.stdin).get(sys.argv[1])\n"
        "except Exception:\n"
        "    value = None\n"
        "print(value if isinstance(value, str) else \"\")' \"$1\"\n"
        "}\n"
        "# absolute HREF: HREF resolved against the target.\n"
        "absolute() {\n"
        "  python3 -c 'import sys, urllib.parse\n"
        "print(urllib.parse.urljoin(sys.argv[1] + \"/\", sys.argv[2]))' \"$target\" \"$1\"\n"
        "}\n";
    return out + steps;
  }

 private:
  const Redactor& redact_;
  const ReplayPlace& place_;
  Substitutions hrefs_;        // the run's conversation hrefs, raw and absolute
  Substitutions secrets_;      // secrets of 8 characters or more, anywhere
  Substitutions credentials_;  // every secret, in Authorization headers
  bool uses_token_ = false;

  Segments segments_of(const std::string& text, bool with_bases) {
    Substitutions all = hrefs_;
    all.insert(all.end(), secrets_.begin(), secrets_.end());
    if (with_bases) {
      all.push_back({place_.control, "control"});
      all.push_back({place_.target, "target"});
    }
    Segments segments = split(text, all, redact_);
    note_variables(segments);
    return segments;
  }

  void note_variables(const Segments& segments) {
    for (const Segment& segment : segments)
      uses_token_ = uses_token_ || (segment.variable && segment.text == "UCWA_TOKEN");
  }

  Segments header_segments(const http::Header& header) {
    if (text::equals_ignoring_case(header.name, "authorization")) {
      const auto space = header.value.find(' ');
      if (space != std::string::npos) {
        const std::string credentials = header.value.substr(space + 1);
        for (const Substitution& each : credentials_) {
          if (credentials != each.from) continue;
          Segments segments{
              {redact_(header.name) + ": " + redact_(header.value.substr(0, space + 1)), false},
              {each.variable, true}};
          note_variables(segments);
          return segments;
        }
      }
    }
    // "Name;" is curl's spelling of a header sent with an empty value.
    if (header.value.empty()) return {{redact_(header.name) + ";", false}};
    Segments segments{{redact_(header.name) + ": ", false}};
    for (Segment& each : segments_of(header.value, false)) segments.push_back(std::move(each));
    return segments;
  }

  // The curl command's options after the URL: the headers as sent, and none of curl's own.
  std::string header_options(const http::Request& request) {
    std::string out;
    for (const http::Header& header : request.headers)
      out += " \\\n  -H " + shell_word(header_segments(header));
    // curl would add these where libcurl, as the run used it, sent none.
    for (const char* own : {"Accept", "User-Agent", "Expect", "Content-Type"}) {
      if (!http::find_header(request.headers, own)) out += " \\\n  -H '" + std::string(own) + ":'";
    }
    return out;
  }

  std::string step(const http::Exchange& exchange, std::size_t number, std::size_t total) {
    const http::Request& request = exchange.request;
    const std::string n = std::to_string(number);
    const std::string place = n + " of " + std::to_string(total);
    const std::string url = shell_word(segments_of(request.url, true));
    std::string out = "\n# " + place + ", " + one_line(request.method) + ": ";
    if (exchange.answered()) {
      out += "the run got " + std::to_string(exchange.response->status) + "\n";
    } else {
      out += "the run got no answer: " + one_line(redact_(exchange.describe_failure())) + "\n";
    }
    if (exchange.failure == http::TransportFailure::off_origin ||
        exchange.failure == http::TransportFailure::not_sent) {
      return out + "echo " +
             single_quoted("=== " + place + ": " + one_line(request.method) +
                           " not sent: the run did not send it either") +
             "\n";
    }
    out += "echo " + single_quoted("=== " + place + ": " + one_line(request.method) + " ") + url +
           "\n";
    const bool body = !request.body.empty();
    if (body) {
      if (cut_in_evidence(request.body)) {
        out +=
            "echo 'replay: the run sent a longer body than the evidence keeps: this sends its "
            "start' >&2\n";
      }
      out += printf_lines(segments_of(request.body, false), "\"$work/body-" + n + "\"");
    }

    const bool control_call = is_under(request.url, place_.control) && exchange.answered() &&
                              request.method == "POST" && exchange.response->status == 201;
    const std::string path = control_call ? request.url.substr(place_.control.size()) : "";
    const auto answer = control_call ? json_object(exchange.response->body) : std::nullopt;
    const bool conversation =
        answer && path == "/conversations" && string_member(*answer, "conversation") &&
        string_member(*answer, "audioVideo") && string_member(*answer, "escalateAudioVideo");
    const bool token = answer && path == "/tokens" && string_member(*answer, "token");

    std::string curl = "curl -sS -g ";
    curl += conversation || token ? "-D \"$work/head-" + n + "\" -o \"$work/answer-" + n + "\""
                                  : std::string("-i");
    curl += request.method == "HEAD" ? " -I " : " -X " + single_quoted(request.method) + " ";
    curl += url + header_options(request);
    if (body) curl += " \\\n  --data-binary @\"$work/body-" + n + "\"";
    // No answer is an answer here too: the script goes on, as the run did.
    if (!conversation && !token) curl += " ||\n  echo \"(no answer: curl exited $?)\"";
    out += curl + "\n";

    if (conversation) {
      out += "cat \"$work/head-" + n + "\" \"$work/answer-" + n + "\"\necho\n";
      fresh_conversation(*answer, n, out);
    } else if (token) {
      out += "cat \"$work/head-" + n + "\"\n";
      fresh_token(*string_member(*answer, "token"), n, out);
    } else {
      out += "echo\n";
    }
    return out;
  }

  // The fresh conversation's hrefs in variables, and the run's hrefs mapped to them.
  void fresh_conversation(const nlohmann::json& answer, const std::string& n, std::string& out) {
    const struct {
      const char* member;
      const char* variable;
    } members[] = {{"conversation", "conversation"},
                   {"audioVideo", "audio_video"},
                   {"escalateAudioVideo", "escalate_audio_video"},
                   {"events", "events"}};
    for (const auto& each : members) {
      const std::string variable = std::string(each.variable) + "_" + n;
      out += variable + "=$(member " + each.member + " <\"$work/answer-" + n + "\")\n";
    }
    out += "if [ -z \"$conversation_" + n + "\" ] || [ -z \"$audio_video_" + n +
           "\" ] || [ -z \"$escalate_audio_video_" + n + "\" ]; then\n" +
           "  echo 'replay: the control API answered no conversation (above)' >&2\n" +
           "  exit 1\nfi\n";
    for (const auto& each : members) {
      const std::string variable = std::string(each.variable) + "_" + n;
      out += variable + "_url=$(absolute \"$" + variable + "\")\n";
      const auto href = string_member(answer, each.member);
      if (!href) continue;
      const std::string escaped = nlohmann::json(*href).dump();
      const std::string absolute = http::resolve(place_.target + "/", *href).value_or(*href);
      hrefs_.push_back({absolute, variable + "_url"});
      hrefs_.push_back({escaped.substr(1, escaped.size() - 2), variable});
    }
  }

  void fresh_token(const std::string& minted, const std::string& n, std::string& out) {
    const std::string variable = "token_" + n;
    out += "echo '(the minted token is in $" + variable + ", not shown)'\n";
    out += variable + "=$(member token <\"$work/answer-" + n + "\")\n";
    out += "[ -n \"$" + variable +
           "\" ] || { echo 'replay: the control API minted no token:' >&2; " +
           "cat \"$work/answer-" + n + "\" >&2; exit 1; }\n";
    if (minted.size() >= kShortestFreeTextSecret) secrets_.push_back({minted, variable});
    credentials_.push_back({minted, variable});
  }
};

}  // namespace

std::string replay_script(const std::vector<http::Exchange>& exchanges, const Redactor& redact,
                          const ReplayPlace& place) {
  return Writer(redact, place).script(exchanges);
}

}  // namespace ucwa::report
