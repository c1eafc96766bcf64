#include "app/arguments.hpp"

namespace ucwa::app {

Arguments Arguments::split(int argc, char** argv) {
  Arguments arguments;
  std::string program = argc > 0 ? argv[0] : "ucwa-conform";
  arguments.googletest.push_back(program);
  arguments.ours.push_back(program);
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    (argument.rfind("--gtest_", 0) == 0 ? arguments.googletest : arguments.ours)
        .push_back(argument);
  }
  return arguments;
}

bool Arguments::googletest_has(const std::string& flag) const {
  for (const std::string& argument : googletest) {
    if (argument == flag || argument.rfind(flag + "=", 0) == 0) return true;
  }
  return false;
}

Argv::Argv(std::vector<std::string>& arguments) {
  for (std::string& argument : arguments) pointers_.push_back(argument.data());
  count_ = static_cast<int>(arguments.size());
  pointers_.push_back(nullptr);
}

}  // namespace ucwa::app
