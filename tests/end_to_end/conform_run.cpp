#include "conform_run.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <string_view>

namespace ucwa::samples {

ConformRun run_conform(const std::string& program, const std::string& target,
                       const std::string& token, const std::string& arguments) {
  static std::atomic<int> runs{0};
  const auto folder = std::filesystem::temp_directory_path() /
                      ("ucwa-run-" + std::to_string(::getpid()) + "-" + std::to_string(++runs));
  std::filesystem::create_directories(folder);
  const auto junit = folder / "junit.xml";
  const auto output = folder / "output.txt";
  const std::string command = "'" + program + "' --target " + target + " --token " + token +
                              " --junit '" + junit.string() + "' " + arguments + " >'" +
                              output.string() + "' 2>&1";
  ConformRun run;
  const int raw = std::system(command.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream out(output);
  std::stringstream text;
  text << out.rdbuf();
  run.output = text.str();
  pugi::xml_document report;
  report.load_file(junit.c_str());
  for (auto testcase : report.select_nodes("//testcase")) {
    const pugi::xml_node node = testcase.node();
    ++run.tests;
    const std::string clause =
        node.select_node("properties/property[@name='clause']").node().attribute("value").value();
    const std::string format =
        node.select_node("properties/property[@name='format']").node().attribute("value").value();
    const pugi::xml_node failure =
        node.child("failure") ? node.child("failure") : node.child("error");
    if (failure && std::string_view(failure.attribute("type").value()) == "not-judged") {
      run.not_judged.insert(clause + "/" + format);
    } else if (failure) {
      run.failed.insert(clause + "/" + format);
      run.messages[clause + "/" + format] = failure.text().get();
    }
    if (std::string(node.child("failure").attribute("type").value()) == "MUST")
      run.failed_must.insert(clause + "/" + format);
    if (node.child("skipped")) ++run.skipped;
    if (node.select_node("properties/property[@name='verdict'][@value='warn']"))
      run.warned.insert(clause + "/" + format);
  }
  std::filesystem::remove_all(folder);
  return run;
}

std::string listed(const std::set<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text.empty() ? "(none)" : text;
}

std::string tail_of(const std::string& output, std::size_t characters) {
  return output.size() > characters ? output.substr(output.size() - characters) : output;
}

}  // namespace ucwa::samples
