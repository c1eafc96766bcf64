// Prints the generated part of docs/levels.md (scripts/levels-doc.sh puts it in place).
#include <iostream>

#include "levels_doc.hpp"

int main() {
  std::cout << ucwa::samples::levels_markdown();
}
