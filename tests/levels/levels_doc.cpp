#include "levels_doc.hpp"

#include "contract/catalogue.hpp"

namespace ucwa::samples {

namespace {

// Table-safe: a bar would end the cell, and the quoted XML would be read as HTML.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string levels_markdown() {
  std::size_t must = 0;
  for (const auto& clause : contract::catalogue()) must += clause.level == contract::Level::must;
  const std::size_t all = contract::catalogue().size();
  std::string out = "\n## Clauses (" + std::to_string(all) + ": " + std::to_string(must) +
                    " MUST, " + std::to_string(all - must) + " SHOULD)\n\n";
  out += "| Id | Level | Page | Basis |\n|---|---|---|---|\n";
  for (const auto& clause : contract::catalogue()) {
    out += "| `" + std::string(clause.id) + "` | " +
           std::string(contract::to_string(clause.level)) + " | " + cell(clause.source) + " | " +
           cell(clause.basis) + " |\n";
  }
  return out;
}

}  // namespace ucwa::samples
