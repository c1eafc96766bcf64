// Prints the generated part of docs/mutants.md (scripts/mutants-doc.sh puts it in place).
#include <iostream>

#include "mutants_doc.hpp"

int main() {
  std::cout << ucwa::samples::mutants_markdown();
}
