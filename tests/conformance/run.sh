#!/bin/sh
# SPDX-License-Identifier: MIT
# CTest's entry to the conformance suite, run from the build tree's copy of this folder.
#   run.sh setup          npm ci, only when package-lock.json changed since the last install
#   run.sh X.test.mjs     one test file under node --test
#   run.sh X.py           one Python test file (MSAL for Python, Debian's python3-msal)
# Exits 77 (CTest: skipped, with the reason) when Node.js is older than the SDKs accept.
set -eu
cd "$(dirname "$0")"

case "$1" in
*.py)
    # Debian's interpreter first: its python3-msal is the one ./dev installs (a python3 from
    # elsewhere earlier on PATH would not see it).
    for python in /usr/bin/python3 python3; do
        if "$python" -c 'import msal' >/dev/null 2>&1; then
            exec "$python" "$1"
        fi
    done
    echo "conformance: no python3 with MSAL for Python (./dev installs python3-msal)" >&2
    exit 1
    ;;
esac

command -v node >/dev/null 2>&1 || { echo "conformance: node not found (./dev installs nodejs and npm)" >&2; exit 1; }
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
    echo "conformance: skipped: the pinned Azure SDKs need Node.js >= 20, this machine has $(node --version)" >&2
    exit 77
fi

case "$1" in
setup)
    if [ -d node_modules ] && cmp -s package-lock.json node_modules/.nsg-auditor-lock; then
        echo "conformance: node_modules matches package-lock.json"
        exit 0
    fi
    npm ci --no-audit --no-fund
    cp package-lock.json node_modules/.nsg-auditor-lock
    ;;
*)
    exec node --test --test-reporter=spec "$1"
    ;;
esac
