#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

// Approved baselines, as Catch2 keeps them: a report is compared byte for byte with its approved
// file under tests/report/approved/. On a difference the received text is written next to it as
// NAME.received.EXT and the first differing line is printed with the command that approves it.
// With UCWA_APPROVE=1 in the environment the received text becomes the approved file instead.
namespace ucwa::golden {

// `name` is relative to the approved folder: "junit.xml", "allure/x-result.json".
::testing::AssertionResult matches_approved(const std::string& name, const std::string& received);

// Every file of `folder` against the approved folder `name`: the same file names, each the same
// bytes. Approving replaces the approved folder with `folder`'s files.
::testing::AssertionResult folder_matches_approved(const std::string& name,
                                                   const std::filesystem::path& folder);

// A fresh, empty folder in the build tree for a writer that writes files.
std::filesystem::path scratch_folder(const std::string& name);

}  // namespace ucwa::golden
