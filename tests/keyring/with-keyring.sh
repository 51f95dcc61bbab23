#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command with a real Secret Service: a private D-Bus session and a gnome-keyring whose
# login keyring lives in a throwaway home and is unlocked with a test-only password. Nothing of
# the user's own session or keyring is touched.
#   with-keyring.sh COMMAND [ARG...]
set -eu
if [ -z "${NSG_IN_KEYRING_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session missing (./dev installs dbus)" >&2; exit 1; }
    command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon missing (./dev installs gnome-keyring)" >&2; exit 1; }
    NSG_IN_KEYRING_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf 'test-only-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export NSG_KEYRING_MODE=secret-service
"$@"
