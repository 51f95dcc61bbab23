#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The format check: every C++ file under app/, ui/ and tests/ is as clang-format leaves it.

Usage: tools/check-format.py [--root DIR] [--style-file FILE] [--clang-format BIN]

Runs `clang-format --dry-run --Werror` with the tree's .clang-format (Debian 12's clang-format
14; ./dev installs it) over every *.cpp and *.h under app/, ui/ and tests/: those git tracks in a
git checkout, every one found otherwise. Lists the files that differ and exits 1; exits 2 when
clang-format is missing or fails; 0 when every file is formatted. `clang-format -i FILE…` fixes
them.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

TREES = ["app", "ui", "tests"]
SUFFIXES = (".cpp", ".h")
# clang-format --dry-run --Werror: "FILE:LINE:COL: error: code should be clang-formatted …"
VIOLATION = re.compile(r"^(.*?):\d+:\d+: (?:error|warning): code should be clang-formatted")


def is_git_checkout(root):
    if not shutil.which("git"):
        return False
    try:
        top = subprocess.run(["git", "-C", root, "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return top.returncode == 0 and os.path.realpath(top.stdout.strip()) == os.path.realpath(root)


def source_files(root):
    if is_git_checkout(root):
        out = subprocess.run(["git", "-C", root, "ls-files", "-z", "--"] + TREES,
                             capture_output=True, check=True, timeout=60).stdout
        paths = [p for p in out.decode("utf-8", "replace").split("\0") if p]
    else:
        paths = []
        for tree in TREES:
            for dirpath, dirnames, filenames in os.walk(os.path.join(root, tree)):
                dirnames.sort()
                paths += [os.path.relpath(os.path.join(dirpath, n), root) for n in filenames]
    return sorted(p.replace(os.sep, "/") for p in paths
                  if p.endswith(SUFFIXES) and os.path.isfile(os.path.join(root, p)))


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=here, help="the source tree (default: this one)")
    parser.add_argument("--style-file", help="the .clang-format to use (default: ROOT's)")
    parser.add_argument("--clang-format", default=os.environ.get("CLANG_FORMAT", "clang-format"),
                        help="the clang-format to run (default: clang-format, or $CLANG_FORMAT)")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    style = os.path.abspath(args.style_file or os.path.join(root, ".clang-format"))

    binary = shutil.which(args.clang_format)
    if not binary:
        print(f"check-format: {args.clang_format} not found: install Debian's clang-format "
              "(apt-get install clang-format; ./dev does)", file=sys.stderr)
        return 2
    if not os.path.isfile(style):
        print(f"check-format: no style file {style}", file=sys.stderr)
        return 2
    files = source_files(root)
    if not files:
        print(f"check-format: no *.cpp or *.h under {', '.join(TREES)} in {root}", file=sys.stderr)
        return 2

    # One clang-format for every file (a second process buys little on two cores).
    run = subprocess.run([binary, "--dry-run", "--Werror", f"--style=file:{style}", "--"] + files,
                         cwd=root, capture_output=True, text=True, timeout=300)
    differ = sorted({m.group(1) for m in map(VIOLATION.match, run.stderr.splitlines()) if m})
    if run.returncode != 0 and not differ:
        print(f"check-format: {binary} failed (exit {run.returncode}):\n{run.stderr}",
              file=sys.stderr)
        return 2
    if differ:
        print(f"check-format: {len(differ)} of {len(files)} files differ from "
              f"{os.path.relpath(style, root) if style.startswith(root + os.sep) else style} "
              "(clang-format -i FILE… formats them):")
        for path in differ:
            print(f"  {os.path.relpath(os.path.join(root, path), root)}")
        return 1
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"check-format: {len(files)} files formatted as .clang-format says ({version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
