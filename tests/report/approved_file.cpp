#include "approved_file.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>

namespace ucwa::golden {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view approve_command = "scripts/approve-reports.sh";

bool approving() {
  const char* value = std::getenv("UCWA_APPROVE");
  return value && std::string_view(value) == "1";
}

fs::path approved_path(const std::string& name) {
  return fs::path(UCWA_APPROVED_DIR) / name;
}

// junit.xml -> junit.received.xml
fs::path received_path(const std::string& name) {
  const fs::path approved = approved_path(name);
  return approved.parent_path() /
         (approved.stem().string() + ".received" + approved.extension().string());
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string line_at(const std::string& text, std::size_t number) {
  std::istringstream lines(text);
  std::string line;
  for (std::size_t at = 0; at <= number; ++at) {
    if (!std::getline(lines, line)) return "(end of file)";
  }
  return line;
}

// "first difference at line 12:", then that line approved (-) and received (+).
std::string first_difference(const std::string& approved, const std::string& received) {
  std::size_t at = 0;
  while (at < approved.size() && at < received.size() && approved[at] == received[at]) ++at;
  const auto line = static_cast<std::size_t>(
      std::count(approved.begin(), approved.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  return "first difference at line " + std::to_string(line + 1) + ":\n- " +
         line_at(approved, line) + "\n+ " + line_at(received, line) + "\n";
}

std::set<std::string> files_under(const fs::path& folder) {
  std::set<std::string> files;
  if (!fs::exists(folder)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    const std::string name = fs::relative(entry.path(), folder).generic_string();
    if (entry.is_regular_file() && name.find(".received.") == std::string::npos) files.insert(name);
  }
  return files;
}

}  // namespace

::testing::AssertionResult matches_approved(const std::string& name, const std::string& received) {
  const fs::path approved = approved_path(name);
  fs::remove(received_path(name));
  if (approving()) {
    write(approved, received);
    return ::testing::AssertionSuccess() << "approved " << name;
  }
  if (!fs::exists(approved)) {
    write(received_path(name), received);
    return ::testing::AssertionFailure()
           << name << " has no approved file; received written to " << received_path(name)
           << "\nto approve: " << approve_command;
  }
  const std::string expected = read(approved);
  if (expected == received) return ::testing::AssertionSuccess();
  write(received_path(name), received);
  return ::testing::AssertionFailure()
         << name << " differs from its approved file; " << first_difference(expected, received)
         << "received written to " << received_path(name) << "\nto see every difference: diff -u "
         << approved << " " << received_path(name)
         << "\nto approve every report: " << approve_command;
}

::testing::AssertionResult folder_matches_approved(const std::string& name,
                                                   const fs::path& folder) {
  if (approving()) fs::remove_all(approved_path(name));
  const std::set<std::string> received = files_under(folder);
  if (!approving()) {
    const std::set<std::string> approved = files_under(approved_path(name));
    for (const std::string& file : approved) {
      if (!received.contains(file))
        return ::testing::AssertionFailure()
               << name << "/" << file << " is approved but was not written"
               << "\nto approve every report: " << approve_command;
    }
  }
  for (const std::string& file : received) {
    auto result = matches_approved(name + "/" + file, read(folder / file));
    if (!result) return result;
  }
  return ::testing::AssertionSuccess();
}

fs::path scratch_folder(const std::string& name) {
  const fs::path folder = fs::path(UCWA_SCRATCH_DIR) / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

}  // namespace ucwa::golden
