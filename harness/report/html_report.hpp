#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/record.hpp"

namespace ucwa::report {

// index.html: one page, complete with scripts and styles disabled (Jenkins' default Content
// Security Policy allows neither inline), and nothing fetched from the network: a verdict banner
// (the gate's word, the exit status, the duration, the target, --insecure loudly), the totals
// (which add up to the tests run), the waivers, the failing tests grouped by shared cause, a
// clause-by-format matrix showing each format's worst test with the clause's sentence and a link
// to its public page, and every test, worst first (report::worse), with its findings and
// evidence. Its companions index.css (looks) and index.js (filters by verdict and area, nothing
// else) are loaded from beside it.
std::string html_report(const RunRecord& run);

// The files of the HTML report, named as they are written into the reports folder: index.html,
// index.js and index.css.
std::vector<std::pair<std::string, std::string>> html_files(const RunRecord& run);

// The public page a clause's source names, or empty: "UCWA/PayloadFormat.md (...)" is in
// OfficeDev/skype-docs-migration on GitHub, "RFC 9110 section 12.5.1 (...)" on rfc-editor.org.
std::string source_url(std::string_view source);

// What a failing test's findings come to once what names the test is left out (its clause's
// heading, a waiver's note, quoted values, the value it sent, the rest of a wrong status's
// triple): failing tests with the same cause are one problem. "[MUST] status: expected 201
// Created, got 200".
std::string shared_cause(const std::string& message);

}  // namespace ucwa::report
