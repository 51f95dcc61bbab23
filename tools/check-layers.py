#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The layer check: every #include of app/ and ui/ keeps to the layer table below.

Usage: tools/check-layers.py [ROOT] [--qt-headers DIR]

ROOT is the source tree (default: the one this script is in). Each quoted include must name its
layer's folder first ("core/net/cidr.h", "azure/armclient.h", "ui/widgets/nsgpage.h") and be one
the including file's row allows; each <Q…> include must come from a Qt module its row allows
(DIR, the installed Qt headers, tells which module a class is in: <QWidget> is QtWidgets). Prints
one line per broken rule (FILE:LINE: …) and exits 1; exits 0 when every include keeps to the
table. tests/ is not checked (its support headers are included unqualified on purpose).
"""

import argparse
import fnmatch
import glob
import os
import re
import shutil
import subprocess
import sys

# The layer table. A row is a folder of the source tree (ending in "/": everything below it) or a
# file pattern; the first row that matches a file is its own. "May include" lists the quoted
# includes the file may have, by prefix ("core/" is any header of app/core, "ui/gui.h" that
# header alone). "Qt" lists the Qt modules its <Q…> includes may come from: those its library
# links, PUBLIC dependencies included (target_link_libraries in app/*/CMakeLists.txt and
# ui/CMakeLists.txt). app/workspace/ (nsg_workspace) is Qt Core and Network by
# design. ui/ builds on every app layer but the command line (nsg_ui does not link nsg_cli);
# ui/models/ (nsg_uimodels) links nsg_core alone, so it includes core/ and itself only.
#
# files        | may include                                                   | Qt
LAYER_TABLE = """
app/core/      | core/                                                                  | Core
app/azure/     | core/ azure/                                                           | Core Network
app/report/    | core/ report/                                                          | Core Gui
app/history/   | core/ history/                                                         | Core Sql
app/sandbox/   | core/ sandbox/                                                         | Core Network HttpServer
app/workspace/ | core/ azure/ report/ history/ sandbox/ workspace/                      | Core Network
app/cli/       | core/ azure/ report/ history/ sandbox/ workspace/ cli/                 | Core Gui Network HttpServer
app/main.cpp   | core/ azure/ report/ history/ sandbox/ workspace/ cli/ ui/gui.h        | Core Gui Widgets Network HttpServer Concurrent
ui/models/     | core/ ui/models/                                                       | Core Gui
ui/scan/       | core/ azure/ report/ history/ sandbox/ workspace/ ui/scan/ ui/models/  | Core Gui Widgets Network HttpServer Concurrent
ui/widgets/    | core/ azure/ report/ history/ sandbox/ workspace/ ui/                  | Core Gui Widgets Network HttpServer Concurrent
ui/gui.*       | core/ azure/ report/ history/ sandbox/ workspace/ ui/                  | Core Gui Widgets Network HttpServer Concurrent
"""

# Includes that break the table on purpose: (file, include as written, reason). Keep it short.
ALLOWED = [
]

# Files the build generates and sources include by bare name (moc, uic, rcc): never qualified.
GENERATED = ["*.moc", "moc_*.cpp", "ui_*.h", "qrc_*.cpp"]

CHECKED_TREES = ["app", "ui"]
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".cxx", ".h.in")

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


class Row:
    def __init__(self, files, may_include, qt_modules):
        self.files = files
        self.may_include = may_include
        self.qt_modules = qt_modules

    def covers(self, path):
        if self.files.endswith("/"):
            return path.startswith(self.files)
        return (os.path.dirname(path) == os.path.dirname(self.files)
                and fnmatch.fnmatchcase(os.path.basename(path), os.path.basename(self.files)))

    def allows(self, include):
        return any(include == p or (p.endswith("/") and include.startswith(p))
                   for p in self.may_include)


def parse_table(text):
    rows = []
    for line in text.strip().splitlines():
        files, may_include, qt = (cell.strip() for cell in line.split("|"))
        rows.append(Row(files, may_include.split(), qt.split()))
    return rows


ROWS = parse_table(LAYER_TABLE)
ALLOWED_PAIRS = {(path, include) for path, include, _reason in ALLOWED}
# A quoted include is folder-qualified when it starts with a layer's folder: core/, azure/, ui/, …
LAYER_ROOTS = sorted({p.split("/")[0] for row in ROWS for p in row.may_include})


def find_qt_headers(given):
    candidates = [given] if given else []
    if not given:
        for tool in ("qtpaths6", "qmake6", "qtpaths", "qmake"):
            if shutil.which(tool):
                try:
                    out = subprocess.run([tool, "-query", "QT_INSTALL_HEADERS"],
                                         capture_output=True, text=True, timeout=10).stdout.strip()
                except (OSError, subprocess.SubprocessError):
                    out = ""
                if out:
                    candidates.append(out)
        candidates += sorted(glob.glob("/usr/include/*/qt6")) + ["/usr/include/qt6"]
    for c in candidates:
        if c and os.path.isdir(os.path.join(c, "QtCore")):
            return c
    return None


def qt_modules_by_header(qt_headers):
    """{"QWidget": {"Widgets"}, …} from the class headers of each installed Qt module."""
    modules = {}
    for module_dir in os.listdir(qt_headers):
        full = os.path.join(qt_headers, module_dir)
        if not module_dir.startswith("Qt") or not os.path.isdir(full):
            continue
        for name in os.listdir(full):
            if name.startswith("Q") and os.path.isfile(os.path.join(full, name)):
                modules.setdefault(name, set()).add(module_dir[2:])
    return modules


def source_files(root):
    for tree in CHECKED_TREES:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, tree)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")


def row_of(path):
    return next((row for row in ROWS if row.covers(path)), None)


def qualified(include):
    parts = include.split("/")
    return len(parts) > 1 and parts[0] in LAYER_ROOTS and ".." not in parts


def check_file(root, path, qt_modules, problems, allowed_used):
    row = row_of(path)
    if row is None:
        problems.append((path, 0, "in no row of the layer table (add its folder's row at the top "
                                  "of tools/check-layers.py)"))
        return 0
    count = 0
    with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            count += 1
            quote, include = m.groups()
            if (path, include) in ALLOWED_PAIRS:
                allowed_used.add((path, include))
                continue
            problem = None
            if quote == '"':
                if any(fnmatch.fnmatchcase(os.path.basename(include), g) for g in GENERATED):
                    continue
                if not qualified(include):
                    problem = (f'"{include}" is not folder-qualified: name its layer first '
                               f'({", ".join(r + "/…" for r in LAYER_ROOTS)})')
                elif not row.allows(include):
                    problem = (f'{row.files} may not include "{include}" '
                               f'(it may include {" ".join(row.may_include)})')
            elif include.split("/")[0] in LAYER_ROOTS and "/" in include:
                problem = f'<{include}> is a project header: include it as "{include}"'
            elif include.startswith("Q"):
                first = include.split("/")[0]
                if "/" in include and first.startswith("Qt"):
                    found = {first[2:]}
                else:
                    found = qt_modules.get(include)
                if not found:
                    problem = f"<{include}> is in no installed Qt module"
                elif not found & set(row.qt_modules):
                    names = " or ".join(sorted("Qt" + m for m in found))
                    problem = (f"<{include}> is {names}; {row.files} may use Qt "
                               f'{", ".join(row.qt_modules)} only')
            if problem:
                problems.append((path, number, problem))
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?",
                        default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--qt-headers", help="the installed Qt headers (QT_INSTALL_HEADERS)")
    args = parser.parse_args()

    qt_headers = find_qt_headers(args.qt_headers)
    if not qt_headers:
        print("check-layers: cannot find the Qt headers (QtCore/…): pass --qt-headers DIR",
              file=sys.stderr)
        return 2
    qt_modules = qt_modules_by_header(qt_headers)

    problems = []
    allowed_used = set()
    files = includes = 0
    for path in source_files(args.root):
        files += 1
        includes += check_file(args.root, path, qt_modules, problems, allowed_used)
    if files == 0:
        print(f"check-layers: no sources under {args.root}/app or {args.root}/ui", file=sys.stderr)
        return 2

    for path, include in sorted(ALLOWED_PAIRS - allowed_used):
        problems.append((path, 0, f'the allow-list entry for "{include}" is no longer needed: '
                                  "remove it from tools/check-layers.py"))

    for path, number, problem in problems:
        print(f"{path}:{number}: {problem}" if number else f"{path}: {problem}")
    if problems:
        print(f"check-layers: {len(problems)} broken rules in {files} files ({includes} includes); "
              "the layer table is at the top of tools/check-layers.py", file=sys.stderr)
        return 1
    print(f"check-layers: {includes} includes in {files} files keep to the layer table")
    return 0


if __name__ == "__main__":
    sys.exit(main())
