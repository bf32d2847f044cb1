#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Unlocking and opening a sealed profile of 100,000 applicants: the Argon2id key derivation at the product's cost
# (measured on this machine to about 0.5 s) plus opening the database, as `tsunagu passphrase status` does it.
#
#   tests/bench/run-seal-bench.sh BUILD_DIR [RUNS]
#
# Makes a plain profile with make_applicant_profile.py, seals it in place with `tsunagu passphrase set` (timed
# once), then opens it RUNS times (default 5) and prints each wall time. TSUNAGU_TEST_WEAK_KDF is unset on
# purpose: the figure includes the real key derivation.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [RUNS]}
runs=${2:-5}
tsunagu=$build/app/tsunagu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset TSUNAGU_TEST_WEAK_KDF TSUNAGU_PASSPHRASE_FILE
export QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bench-bus

python3 "$here/make_applicant_profile.py" --tsunagu "$tsunagu" --count 100000 "$work/profile" >/dev/null
printf 'bench passphrase example\n' >"$work/pass"
start=$(date +%s.%N)
"$tsunagu" --profile "$work/profile" passphrase set --new-passphrase-file "$work/pass" >/dev/null
end=$(date +%s.%N)
printf 'seal in place (100,000 applicants, backup, vacuum): %.3f s\n' "$(echo "$end - $start" | bc)"
for i in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    "$tsunagu" --profile "$work/profile" --passphrase-file "$work/pass" passphrase status >/dev/null
    end=$(date +%s.%N)
    printf 'unlock + open, run %d: %.3f s\n' "$i" "$(echo "$end - $start" | bc)"
done
# The window's applicant list by name and by a part of a name (sealed names are opened inside SQL), when the
# benchmark is built: cmake --build --preset dev --target tsunagu_applicant_list_bench
if [[ -x $build/tests/bench/tsunagu_applicant_list_bench ]]; then
    "$build/tests/bench/tsunagu_applicant_list_bench" "$work/profile" "$work/pass" "$runs"
fi
for i in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    "$tsunagu" --profile "$work/profile" --passphrase-file "$work/pass" applicants list --status new --json >/dev/null
    end=$(date +%s.%N)
    printf 'unlock + open + list the waiting applicants, run %d: %.3f s\n' "$i" "$(echo "$end - $start" | bc)"
done
