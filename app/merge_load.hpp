#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ucwa::app {

// Which kind of result each file is, when they are not all one kind: "b/summary.json is a suite
// summary but a/load.json is a load result (load.json): merge one kind at a time". `texts` are
// the files' contents, `names` their paths.
std::optional<std::string> mixed_kinds(const std::vector<std::string>& names,
                                       const std::vector<std::string>& texts);

bool are_load_results(const std::vector<std::string>& texts);

// `ucwa-conform merge FOLDER a/load.json b/load.json...`: several machines' load
// results joined into FOLDER/load.json, load.html and junit.xml; the exit status (1 when the
// merged run fails, 2 when the files cannot be merged, naming the file and the problem).
int merge_load_results(const std::filesystem::path& folder, const std::vector<std::string>& names,
                       const std::vector<std::string>& texts);

}  // namespace ucwa::app
