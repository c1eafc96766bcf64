#include "load/load_reports.hpp"

#include <fstream>
#include <system_error>

#include "load/load_html.hpp"
#include "load/load_json.hpp"
#include "load/load_junit.hpp"

namespace ucwa::load {
namespace {

std::optional<std::string> write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) return "cannot write " + path.string() + ": check that its folder is writable";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> write_load_reports(const LoadRecord& record, bool strict,
                                              const std::filesystem::path& junit) {
  const std::filesystem::path folder = junit.parent_path();
  if (!folder.empty()) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) return "cannot create " + folder.string() + ": " + error.message();
  }
  if (auto problem = write_file(junit, write_load_junit(record, strict))) return problem;
  if (auto problem = write_file(folder / "load.json", write_load_json(record))) return problem;
  return write_file(folder / "load.html", write_load_html(record, strict));
}

}  // namespace ucwa::load
