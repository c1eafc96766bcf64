#include "load/load_reports.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/load_json.hpp"
#include "sample_record.hpp"

namespace ucwa::load {
namespace {

namespace fs = std::filesystem;

fs::path fresh_folder(const std::string& name) {
  const fs::path folder = fs::path(UCWA_SCRATCH_DIR) / name;
  fs::remove_all(folder);
  return folder;
}

std::string file_text(const fs::path& path) {
  std::ostringstream text;
  text << std::ifstream(path, std::ios::binary).rdbuf();
  return text.str();
}

TEST(WriteLoadReports, WritesJunitAndBesideItLoadJsonAndLoadHtml) {
  const fs::path folder = fresh_folder("reports") / "load";
  const LoadRecord record = testing::sample_record(1);
  ASSERT_EQ(write_load_reports(record, false, folder / "junit.xml"), std::nullopt);
  EXPECT_NE(file_text(folder / "junit.xml").find("<testsuite name=\"load\""), std::string::npos);
  EXPECT_EQ(file_text(folder / "load.json"), write_load_json(record));
  EXPECT_NE(file_text(folder / "load.html").find("<svg"), std::string::npos);
}

TEST(WriteLoadReports, SaysWhatCouldNotBeWritten) {
  const fs::path folder = fresh_folder("blocked");
  fs::create_directories(folder);
  std::ofstream(folder / "a-file") << "not a folder";
  const auto problem =
      write_load_reports(testing::sample_record(1), false, folder / "a-file" / "junit.xml");
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->find("a-file"), std::string::npos) << *problem;
}

}  // namespace
}  // namespace ucwa::load
