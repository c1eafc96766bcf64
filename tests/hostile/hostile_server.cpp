// A UCWA target that misbehaves on purpose, for tests/end_to_end/hostile_test.sh.
//
//   hostile_server --mode NAME --ready FILE --log FILE
//
// Listens on 127.0.0.1 (the target) and on 127.0.0.2 (a foreign origin that records what reaches
// it), both on kernel-chosen ports, and writes "TARGET_URL FOREIGN_URL" to FILE once both listen.
// The control API (/conformance/v1/...) answers as docs/control-api.md says, except in mode
// foreign_control; every other path answers 404 (so that the reachability probe passes); the UCWA
// routes (/ucwa/...) misbehave as the mode says. Every request that reaches the foreign origin
// is logged to --log as "METHOD PATH | Authorization: VALUE". Runs until killed.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace {

using namespace std::chrono_literals;

struct Config {
  std::string mode;
  std::string target;   // http://127.0.0.1:PORT
  std::string foreign;  // http://127.0.0.2:PORT
  std::string log;
};
Config config;
std::mutex log_mutex;
std::atomic<int> next_id{1};

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
};

bool send_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

// Sends `data` `step` bytes at a time with `pause` between: false once the client is gone.
bool drip(int fd, std::string_view data, std::chrono::milliseconds pause) {
  for (char c : data) {
    if (!send_all(fd, std::string_view(&c, 1))) return false;
    std::this_thread::sleep_for(pause);
  }
  return true;
}

std::optional<Request> read_request(int fd, std::string& buffer) {
  constexpr std::size_t kLimit = 1 << 20;
  std::size_t end;
  while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
    if (buffer.size() > kLimit) return std::nullopt;
    char chunk[8192];
    const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
    if (got <= 0) return std::nullopt;
    buffer.append(chunk, static_cast<std::size_t>(got));
  }
  Request request;
  const std::string head = buffer.substr(0, end);
  buffer.erase(0, end + 4);
  std::size_t line_end = head.find("\r\n");
  const std::string first = head.substr(0, line_end);
  const std::size_t space = first.find(' ');
  request.method = first.substr(0, space);
  request.path = first.substr(space + 1, first.find(' ', space + 1) - space - 1);
  while (line_end != std::string::npos) {
    const std::size_t start = line_end + 2;
    line_end = head.find("\r\n", start);
    const std::string line = head.substr(start, line_end - start);
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    request.headers[name] = value;
  }
  const std::size_t length =
      request.headers.count("content-length") ? std::stoul(request.headers["content-length"]) : 0;
  while (buffer.size() < length) {
    char chunk[8192];
    const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
    if (got <= 0) return std::nullopt;
    buffer.append(chunk, static_cast<std::size_t>(got));
  }
  request.body = buffer.substr(0, length);
  buffer.erase(0, length);
  return request;
}

std::string response(int status, const std::string& reason, const std::string& content_type,
                     const std::string& body, const std::string& extra_headers = "") {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\n";
  if (!content_type.empty()) out += "Content-Type: " + content_type + "\r\n";
  out += extra_headers;
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return out;
}

bool wants_xml(const Request& request) {
  auto accept = request.headers.find("accept");
  return accept != request.headers.end() && accept->second.find("xml") != std::string::npos;
}

// An invitation whose own links lead to `base` (the foreign origin in mode foreign_href).
std::string invitation_json(const std::string& base, const std::string& subject) {
  return R"({"rel":"audioVideoInvitation","direction":"Outgoing","state":"Connecting",)"
         R"("subject":")" +
         subject + R"(","_links":{"self":{"href":")" + base +
         R"(/ucwa/invitations/1"},"conversation":{"href":")" + base +
         R"(/ucwa/conversations/1"},"audioVideo":{"href":")" + base +
         R"(/ucwa/conversations/1/audioVideo"}}})";
}

std::string invitation_xml(const std::string& base, const std::string& doctype,
                           const std::string& subject) {
  return R"(<?xml version="1.0" encoding="utf-8"?>)" + doctype +
         R"(<resource rel="audioVideoInvitation" href=")" + base +
         R"(/ucwa/invitations/1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)"
         R"(<link rel="conversation" href=")" +
         base + R"(/ucwa/conversations/1" /><link rel="audioVideo" href=")" + base +
         R"(/ucwa/conversations/1/audioVideo" /><property name="direction">Outgoing</property>)"
         R"(<property name="subject">)" +
         subject + "</property></resource>";
}

std::string invitation(const Request& request, const std::string& base,
                       const std::string& doctype = "", const std::string& subject = "x") {
  if (wants_xml(request)) {
    return response(201, "Created", "application/xml", invitation_xml(base, doctype, subject));
  }
  return response(201, "Created", "application/json", invitation_json(base, subject));
}

std::string gzip_bomb() {
  static const std::string compressed = [] {
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY);
    const std::string zeros(1 << 20, '\0');
    std::string out;
    char buffer[1 << 16];
    for (int i = 0; i < 256; ++i) {  // 256 MB of zeros, a few hundred KB compressed
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
      stream.avail_in = static_cast<uInt>(zeros.size());
      const int flush = i == 255 ? Z_FINISH : Z_NO_FLUSH;
      do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, sizeof buffer - stream.avail_out);
      } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
  }();
  return compressed;
}

std::string nested(std::size_t depth, std::string_view open, std::string_view close) {
  std::string out;
  out.reserve(depth * (open.size() + close.size()));
  for (std::size_t i = 0; i < depth; ++i) out += open;
  for (std::size_t i = 0; i < depth; ++i) out += close;
  return out;
}

// What the UCWA routes do in each mode; false once the connection must end.
bool misbehave(int fd, const Request& request) {
  const std::string& mode = config.mode;
  if (mode == "never") {
    char byte;
    while (::recv(fd, &byte, 1, 0) > 0) {
    }
    return false;
  }
  if (mode == "byte_per_second") return drip(fd, invitation(request, config.target), 1000ms);
  if (mode == "header_drip") return drip(fd, invitation(request, config.target), 100ms);
  if (mode == "slow_answers") {
    std::this_thread::sleep_for(1500ms);
    return send_all(fd, invitation(request, config.target));
  }
  if (mode == "huge_body") {
    if (!send_all(fd,
                  "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n"))
      return false;
    const std::string chunk = "10000\r\n" + std::string(0x10000, ' ') + "\r\n";
    for (int i = 0; i < 4096; ++i) {  // 256 MB at most
      if (!send_all(fd, chunk)) return false;
    }
    send_all(fd, "0\r\n\r\n");
    return false;
  }
  if (mode == "reset") {
    send_all(fd,
             "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
             "Content-Length: 100000\r\n\r\n{\"rel\":\"audioVideoInvitation\"," +
                 std::string(1000, ' '));
    linger hard{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    return false;
  }
  if (mode == "wrong_length") {
    send_all(fd,
             "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
             "Content-Length: 100000\r\n\r\n" +
                 invitation_json(config.target, "x"));
    return false;
  }
  if (mode == "bad_chunk") {
    send_all(fd,
             "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
             "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\nFFFFFFFFFFFFFFFFFFFFFF\r\n0\r\n\r\n");
    return false;
  }
  if (mode == "garbage") {
    std::string noise(4096, '\0');
    unsigned state = 12345;
    for (char& c : noise) {
      state = state * 1103515245u + 12345u;
      c = static_cast<char>(state >> 16);
    }
    send_all(fd, noise);
    return false;
  }
  if (mode == "header_flood") {
    std::string head = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n";
    for (int i = 0; i < 20000; ++i) head += "X-Flood-" + std::to_string(i) + ": flood\r\n";
    const std::string body = invitation_json(config.target, "x");
    return send_all(fd,
                    head + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  }
  if (mode == "json_deep") {
    const std::string body =
        R"({"rel":"audioVideoInvitation","subject":)" + nested(1'000'000, "[", "]") + "}";
    return send_all(fd, response(201, "Created", "application/json", body));
  }
  if (mode == "xml_deep") {
    const std::string body = R"(<?xml version="1.0"?><resource rel="audioVideoInvitation" )"
                             R"(xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">)" +
                             nested(1'000'000, "<a>", "</a>") + "</resource>";
    return send_all(fd, response(201, "Created", "application/xml", body));
  }
  if (mode == "billion_laughs") {
    std::string doctype = R"(<!DOCTYPE resource [<!ENTITY lol0 "lol">)";
    for (int i = 1; i < 10; ++i) {
      std::string each = "&lol" + std::to_string(i - 1) + ";";
      std::string ten;
      for (int j = 0; j < 10; ++j) ten += each;
      doctype += "<!ENTITY lol" + std::to_string(i) + " \"" + ten + "\">";
    }
    doctype += "]>";
    if (!wants_xml(request)) {
      return send_all(fd, response(201, "Created", "application/xml",
                                   invitation_xml(config.target, doctype, "&lol9;")));
    }
    return send_all(fd, invitation(request, config.target, doctype, "&lol9;"));
  }
  if (mode == "external_entity") {
    const std::string doctype = R"(<!DOCTYPE resource [<!ENTITY xxe SYSTEM ")" + config.foreign +
                                R"(/xxe"><!ENTITY local SYSTEM "file:///etc/hostname">]>)";
    return send_all(fd, response(201, "Created", "application/xml",
                                 invitation_xml(config.target, doctype, "&xxe;&local;")));
  }
  if (mode == "bad_text") {
    const std::string subject = std::string("\x01\x1b[31mred\x1b[0m\x7f") + "\xff\xfe\xc3\x28" +
                                "\xed\xa0\x80 <!--<script>";
    return send_all(fd, invitation(request, config.target, "", subject));
  }
  if (mode == "redirect_foreign") {
    return send_all(fd, response(307, "Temporary Redirect", "text/plain", "elsewhere",
                                 "Location: " + config.foreign + request.path + "\r\n"));
  }
  if (mode == "redirect_loop") {
    return send_all(fd, response(302, "Found", "text/plain", "again",
                                 "Location: " + config.target + request.path + "\r\n"));
  }
  if (mode == "foreign_href") return send_all(fd, invitation(request, config.foreign));
  if (mode == "gzip_bomb") {
    return send_all(fd, response(201, "Created", "application/json", gzip_bomb(),
                                 "Content-Encoding: gzip\r\n"));
  }
  // foreign_control and unknown modes: a plain invitation.
  return send_all(fd, invitation(request, config.target));
}

bool control_api(int fd, const Request& request) {
  const std::string path = request.path.substr(std::strlen("/conformance/v1"));
  if (request.method == "POST" && path == "/conversations") {
    const std::string base = config.mode == "foreign_control" ? config.foreign : config.target;
    const std::string conversation =
        base + "/ucwa/conversations/" + std::to_string(next_id.fetch_add(1));
    const std::string body = R"({"conversation":")" + conversation + R"(","audioVideo":")" +
                             conversation + R"(/audioVideo","escalateAudioVideo":")" +
                             conversation + R"(/audioVideo/escalateAudioVideo"})";
    return send_all(fd, response(201, "Created", "application/json", body));
  }
  if (request.method == "POST" && path == "/conditions")
    return send_all(fd, response(204, "No Content", "", ""));
  if (request.method == "POST" && path == "/tokens") {
    return send_all(
        fd, response(201, "Created", "application/json",
                     R"({"token":"minted-)" + std::to_string(next_id.fetch_add(1)) + R"("})"));
  }
  if (request.method == "DELETE" && path == "/state")
    return send_all(fd, response(204, "No Content", "", ""));
  return send_all(fd, response(404, "Not Found", "text/plain", "no such control route"));
}

void serve(int fd, bool foreign) {
  std::string buffer;
  while (auto request = read_request(fd, buffer)) {
    if (foreign) {
      std::lock_guard lock(log_mutex);
      std::ofstream log(config.log, std::ios::app);
      auto authorization = request->headers.find("authorization");
      log << request->method << " " << request->path << " | Authorization: "
          << (authorization == request->headers.end() ? "(none)" : authorization->second)
          << std::endl;
      if (!send_all(fd, response(200, "OK", "application/json", R"({"rel":"recorded"})"))) break;
      continue;
    }
    bool go_on;
    if (request->path.rfind("/conformance/v1/", 0) == 0)
      go_on = control_api(fd, *request);
    else if (request->path.rfind("/ucwa/", 0) == 0)
      go_on = misbehave(fd, *request);
    else
      go_on = send_all(fd, response(404, "Not Found", "text/plain", "not here"));
    if (!go_on) break;
  }
  ::close(fd);
}

int listen_on(const char* address, int& port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  const int yes = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in where{};
  where.sin_family = AF_INET;
  ::inet_pton(AF_INET, address, &where.sin_addr);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0 || ::listen(fd, 64) != 0) {
    std::perror(address);
    std::exit(2);
  }
  socklen_t length = sizeof where;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&where), &length);
  port = ntohs(where.sin_port);
  return fd;
}

void accept_loop(int listener, bool foreign) {
  for (;;) {
    const int fd = ::accept(listener, nullptr, nullptr);
    if (fd < 0) continue;
    std::thread(serve, fd, foreign).detach();
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string ready;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--mode") config.mode = argv[i + 1];
    if (flag == "--ready") ready = argv[i + 1];
    if (flag == "--log") config.log = argv[i + 1];
  }
  if (config.mode.empty() || ready.empty() || config.log.empty()) {
    std::cerr << "usage: hostile_server --mode NAME --ready FILE --log FILE\n";
    return 2;
  }
  ::signal(SIGPIPE, SIG_IGN);
  int target_port = 0;
  int foreign_port = 0;
  const int target = listen_on("127.0.0.1", target_port);
  const int foreign = listen_on("127.0.0.2", foreign_port);
  config.target = "http://127.0.0.1:" + std::to_string(target_port);
  config.foreign = "http://127.0.0.2:" + std::to_string(foreign_port);
  if (config.mode == "gzip_bomb") gzip_bomb();  // made before anyone waits for it
  std::ofstream(config.log, std::ios::trunc).flush();
  {
    std::ofstream out(ready + ".tmp");
    out << config.target << " " << config.foreign << "\n";
  }
  std::rename((ready + ".tmp").c_str(), ready.c_str());
  std::thread(accept_loop, foreign, true).detach();
  accept_loop(target, false);
}
