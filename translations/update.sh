#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the .ts files from the sources (strings are written in English; Japanese is a full translation,
# English only fills in plural forms). Run after changing any tr() text, then translate what is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete -source-language en core/text ui app \
    -ts translations/tsunagu_ja.ts -target-language ja
"$lupdate" -locations none -no-obsolete -source-language en -pluralonly core/text ui app \
    -ts translations/tsunagu_en.ts -target-language en
