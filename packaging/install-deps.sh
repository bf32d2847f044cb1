#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, from Debian 12 packages only, what Tsunagu needs to build and run (and, with --test, to run its
# test suite). Idempotent: packages already installed are left alone and apt is not touched at all when
# nothing is missing. Runs apt-get as root, or through sudo.
set -euo pipefail

build_packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev qtkeychain-qt6-dev libssl-dev libsqlite3-dev
    fonts-noto-cjk qt6-translations-l10n tzdata libqrencode-dev libical-dev qt6-charts-dev libsodium-dev
)
test_packages=(
    catch2 xvfb xauth sqlite3
    dovecot-imapd isync openssl python3-aiosmtpd dbus gnome-keyring poppler-utils zbar-tools
)

want=("${build_packages[@]}")
for arg in "$@"; do
    case "$arg" in
    --test) want+=("${test_packages[@]}") ;;
    -h | --help)
        echo "usage: $0 [--test]   install build (and test) dependencies from Debian packages"
        exit 0
        ;;
    *)
        echo "$0: unknown option $arg" >&2
        exit 2
        ;;
    esac
done
# The tests are built by default, so the build needs Catch2 as well.
want+=(catch2)

missing=()
for pkg in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$pkg")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "install-deps: these packages are missing and I am not root (and there is no sudo): ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
