#!/usr/bin/env python3
"""docs/architecture.md's module table says what each library links; the CMake link lines say
what it really links. They must agree, and no library under harness/ may link the suites or the
reference server (fixtures/): the library folder never depends on its users.

Usage: module_table_test.py SOURCE_DIR"""
import pathlib
import re
import sys

# How CMake names what the table names.
EXTERNAL = {
    "CURL::libcurl": "libcurl",
    "PkgConfig::SOFIA_SIP": "sofia-sip",
    "nlohmann_json::nlohmann_json": "nlohmann_json",
    "pugixml::pugixml": "pugixml",
    "GTest::gtest": "gtest",
    "CLI11::CLI11": "CLI11",
    "ucwa_reference": "reference server",
    "OpenSSL::Crypto": "OpenSSL",
}


def cmake_links(source):
    """{library: set of what it links}, from every target_link_libraries of a ucwa_ library."""
    links = {}
    for cmake in list((source / "harness").glob("*/CMakeLists.txt")) + [
        source / "app" / "CMakeLists.txt",
        source / "suites" / "CMakeLists.txt",
    ]:
        text = cmake.read_text()
        for match in re.finditer(r"target_link_libraries\((ucwa_\w+)([^)]*)\)", text):
            names = [w for w in match.group(2).split() if w not in ("PUBLIC", "PRIVATE", "INTERFACE")]
            linked = links.setdefault(match.group(1), set())
            for name in names:
                linked.add(EXTERNAL.get(name, name[len("ucwa_"):] if name.startswith("ucwa_") else name))
        for library in re.findall(r"add_library\((ucwa_\w+)", text):
            links.setdefault(library, set())
    return links


def table_links(source):
    """{library: set of what the table says it links}."""
    rows = {}
    for line in (source / "docs" / "architecture.md").read_text().splitlines():
        match = re.match(r"\| `(ucwa_\w+)` \|.*\| ([^|]*) \|$", line)
        if not match:
            continue
        cell = match.group(2).strip()
        rows[match.group(1)] = set() if cell == "nothing" else {w.strip() for w in cell.split(",")}
    return rows


def main():
    source = pathlib.Path(sys.argv[1])
    problems = []
    real = cmake_links(source)
    table = table_links(source)
    for library in sorted(set(real) | set(table)):
        if library not in table:
            problems.append(f"{library} is built but docs/architecture.md has no row for it")
        elif library not in real:
            problems.append(f"docs/architecture.md lists {library}, which is not built")
        elif real[library] != table[library]:
            problems.append(f"{library} links {sorted(real[library])} but docs/architecture.md says {sorted(table[library])}")
    for cmake in (source / "harness").glob("*/CMakeLists.txt"):
        for user in ("ucwa_suites", "ucwa_reference", "ucwa_app"):
            if re.search(rf"target_link_libraries\([^)]*\b{user}\b", cmake.read_text()):
                problems.append(f"{cmake.relative_to(source)} links {user}: harness/ must not depend on its users")
    for problem in problems:
        print("FAIL:", problem)
    print(f"{len(real)} libraries checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
