#include "mutants_doc.hpp"

#include <span>

#include "reference_server/deviations.hpp"

namespace ucwa::samples {

namespace {

std::string cell(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

}  // namespace

std::string mutants_markdown() {
  std::string out = "\n## Mutants (" + std::to_string(reference::mutants().size()) + ")\n\n";
  out += "| Mutant | Clauses whose tests must fail | Page | What it does |\n|---|---|---|---|\n";
  for (const auto& mutant : reference::mutants()) {
    out += "| `" + mutant.name + "` | " + cell(mutant.clauses) + " | " + cell(mutant.page) + " | " +
           cell(mutant.what) + " |\n";
  }
  out += "\n## Variants (" + std::to_string(reference::variants().size()) + ")\n\n";
  out += "| Variant | Page | What it does |\n|---|---|---|\n";
  for (const auto& variant : reference::variants()) {
    out += "| `" + variant.name + "` | " + cell(variant.page) + " | " + cell(variant.what) + " |\n";
  }
  return out;
}

}  // namespace ucwa::samples
