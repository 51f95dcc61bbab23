#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Proves that the house checks in tools/ fail when they should.

  selftest.py layers CHECKER FIXTURE [--qt-headers DIR]
      tools/check-layers.py on FIXTURE (tests/tools/layers) must exit 1 and print exactly the
      lines of FIXTURE/expected.txt: each rule broken once, nothing on the files that keep them.
  selftest.py format CHECKER FIXTURE STYLE_FILE WORK_DIR
      tools/check-format.py on a copy of FIXTURE (tests/tools/format) in WORK_DIR, with
      STYLE_FILE (the repo's .clang-format), must exit 1 and list app/unformatted.cpp alone; with
      a clang-format that does not exist it must exit 2 and say so.
"""

import argparse
import os
import shutil
import subprocess
import sys


def run(cmd):
    result = subprocess.run([sys.executable] + cmd, capture_output=True, text=True, timeout=120)
    print(f"$ {' '.join(cmd)}  (exit {result.returncode})")
    print(result.stdout + result.stderr)
    return result


def fail(message):
    print(f"selftest: FAILED: {message}")
    return 1


def layers(args):
    cmd = [args.checker, args.fixture]
    if args.qt_headers:
        cmd += ["--qt-headers", args.qt_headers]
    result = run(cmd)
    if result.returncode != 1:
        return fail(f"check-layers exited {result.returncode} on the fixture, not 1")
    with open(os.path.join(args.fixture, "expected.txt"), encoding="utf-8") as f:
        expected = [line.rstrip("\n") for line in f if line.strip()]
    got = result.stdout.splitlines()
    missing = [line for line in expected if line not in got]
    extra = [line for line in got if line not in expected]
    for line in missing:
        print(f"expected, not printed: {line}")
    for line in extra:
        print(f"printed, not expected: {line}")
    if missing or extra:
        return fail("check-layers did not report exactly expected.txt")
    print(f"selftest: check-layers reported the {len(expected)} expected problems")
    return 0


def format_(args):
    work = os.path.abspath(args.work_dir)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "app"))
    # Not a git checkout: check-format.py finds the files itself.
    shutil.copy(os.path.join(args.fixture, "formatted.cpp"), os.path.join(work, "app"))
    shutil.copy(os.path.join(args.fixture, "unformatted.cpp.in"),
                os.path.join(work, "app", "unformatted.cpp"))

    result = run([args.checker, "--root", work, "--style-file", args.style_file])
    if result.returncode != 1:
        return fail(f"check-format exited {result.returncode} on the fixture, not 1")
    listed = [line.strip() for line in result.stdout.splitlines() if line.startswith("  ")]
    if listed != ["app/unformatted.cpp"]:
        return fail(f"check-format listed {listed}, not ['app/unformatted.cpp']")

    result = run([args.checker, "--root", work, "--style-file", args.style_file,
                  "--clang-format", os.path.join(work, "no-such-clang-format")])
    if result.returncode != 2 or "not found" not in result.stderr:
        return fail("check-format did not fail clearly without clang-format")
    print("selftest: check-format listed the unformatted file and failed clearly without "
          "clang-format")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("layers")
    p.add_argument("checker")
    p.add_argument("fixture")
    p.add_argument("--qt-headers")
    p.set_defaults(func=layers)
    p = sub.add_parser("format")
    p.add_argument("checker")
    p.add_argument("fixture")
    p.add_argument("style_file")
    p.add_argument("work_dir")
    p.set_defaults(func=format_)
    args = parser.parse_args()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
