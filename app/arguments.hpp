#pragma once

#include <string>
#include <vector>

namespace ucwa::app {

// The command line split in two: GoogleTest's own flags (--gtest_*) and ours. Both keep the
// program name first, as parsers expect.
struct Arguments {
  std::vector<std::string> googletest;
  std::vector<std::string> ours;

  static Arguments split(int argc, char** argv);
  bool googletest_has(const std::string& flag) const;  // e.g. "--gtest_output"
};

// argv-style pointers into the strings, for parsers that take (int, char**).
class Argv {
 public:
  explicit Argv(std::vector<std::string>& arguments);
  int* count() { return &count_; }
  char** values() { return pointers_.data(); }

 private:
  std::vector<char*> pointers_;
  int count_;
};

}  // namespace ucwa::app
