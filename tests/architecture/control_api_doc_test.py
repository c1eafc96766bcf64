#!/usr/bin/env python3
"""docs/control-api.md names, beside each statement, the tests that hold the harness to it.
Every named test must exist (ctest -N in the build folder), and no source of the harness may name
the global reset route the document says it never calls.

Usage: control_api_doc_test.py SOURCE_DIR BUILD_DIR"""
import pathlib
import re
import subprocess
import sys


def main():
    source, build = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    doc = (source / "docs" / "control-api.md").read_text()
    named = set(re.findall(r"`((?:[A-Z][A-Za-z]*\.|end_to_end\.|hostile\.|architecture\.)[A-Za-z0-9_./]+)`", doc))
    listed = subprocess.run(["ctest", "--test-dir", str(build), "-N"], capture_output=True, text=True).stdout
    tests = set(re.findall(r"Test +#\d+: (\S+)", listed))
    # Conformance tests (Area.Promise) are ucwa-conform's own, listed by the program itself.
    listing = subprocess.run([str(build / "bin" / "ucwa-conform"), "--gtest_list_tests"],
                             capture_output=True, text=True).stdout
    area = ""
    for line in listing.splitlines():
        if not line.startswith(" "):
            area = line.strip()
        else:
            tests.add(area + line.strip().split("/")[0])
    problems = [f"docs/control-api.md names {name}, which is not a test" for name in sorted(named)
                if name not in tests]
    for folder in ("harness", "app", "suites"):
        for path in (source / folder).rglob("*.[ch]pp"):
            if '"/state"' in path.read_text():
                problems.append(f"{path.relative_to(source)} names the global reset route /state")
    for problem in problems:
        print("FAIL:", problem)
    print(f"{len(named)} named tests checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
