// ucwa-conform against a target whose answers hold hostile bytes (control characters decoded
// from JSON escapes, ESC sequences, NUL, malformed UTF-8, markup): the console shows them
// escaped, and every report it writes stays well-formed (repro json-control-chars-body.json).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "canned_target.hpp"

namespace {

using namespace ucwa;
namespace fs = std::filesystem;

std::string file_text(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The direction member of the invitation, in both formats, made hostile: JSON escapes the reader
// decodes into control characters (as in json-control-chars-body.json), raw malformed UTF-8 and
// a UTF-8-encoded surrogate in the XML, markup in both.
std::string hostile(const std::string& body, model::Format format, const std::string&) {
  if (format == model::Format::json) {
    return replaced(
        body, R"("direction" : "Incoming")",
        R"("direction" : "\u0001\u001b[31mIn\u0000<!--<script>\u007f\u001b]0;t\u0007")");
  }
  return replaced(body, "<property name=\"direction\">Incoming</property>",
                  "<property name=\"direction\">In\xff\xed\xa0\x80 &lt;!--&lt;script&gt; "
                  "\xc0\x80</property>");
}

TEST(HostileServer, TheConsoleIsEscapedAndEveryReportWellFormed) {
  samples::CannedTarget target({.change = hostile});
  const fs::path folder =
      fs::temp_directory_path() / ("ucwa-hostile-server-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  const std::string command =
      std::string("'") + UCWA_CONFORM_PATH + "' --target " + target.base_url() +
      " --token t --junit '" + (folder / "junit.xml").string() +
      "' --gtest_filter='Properties.*:Created.*' >'" + (folder / "out.txt").string() + "' 2>&1";
  const int raw = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(raw));
  const std::string output = file_text(folder / "out.txt");
  EXPECT_EQ(WEXITSTATUS(raw), 1) << output;  // the direction fails; nothing crashes

  // The console: the server's text is there, escaped; no raw control character but LF.
  EXPECT_NE(output.find("\\u001B[31mIn\\u0000"), std::string::npos) << output;
  for (const char c : output) {
    EXPECT_TRUE(static_cast<unsigned char>(c) >= 0x20 || c == '\n')
        << "raw control character " << static_cast<int>(c) << " on the console";
  }

  // junit.xml: strict XML, and xmllint agrees when installed.
  pugi::xml_document junit;
  EXPECT_TRUE(junit.load_file((folder / "junit.xml").c_str()));
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
    const std::string lint = "xmllint --noout '" + (folder / "junit.xml").string() + "'";
    EXPECT_EQ(std::system(lint.c_str()), 0);
  }
  const std::string xml = file_text(folder / "junit.xml");
  EXPECT_NE(xml.find("In\\xFF\\xED\\xA0\\x80"), std::string::npos);

  // summary.json and every HAR: strict JSON (nlohmann refuses malformed UTF-8).
  EXPECT_TRUE(nlohmann::json::accept(file_text(folder / "summary.json")));
  int hars = 0;
  for (const auto& entry : fs::directory_iterator(folder / "evidence")) {
    ++hars;
    EXPECT_TRUE(nlohmann::json::accept(file_text(entry.path()))) << entry.path();
  }
  EXPECT_GT(hars, 0);
  for (const auto& entry : fs::directory_iterator(folder / "allure-results")) {
    if (entry.path().string().ends_with(".json")) {
      EXPECT_TRUE(nlohmann::json::accept(file_text(entry.path()))) << entry.path();
    }
  }

  // index.html: its own script only.
  const std::string html = file_text(folder / "index.html");
  std::size_t scripts = 0;
  for (auto at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1))
    ++scripts;
  EXPECT_EQ(scripts, 1u);
  EXPECT_EQ(html.find("<!--"), std::string::npos);
  fs::remove_all(folder);
}

}  // namespace
