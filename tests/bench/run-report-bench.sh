#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Report benchmark, run by hand (not part of CTest): a profile with the twelve demo rooms, ten years of meetings
# (every series' dates, with attendance for each) and 1,000,000 roster rows (attendance_members), then
# `tsunagu report --room all` over all time, timed end to end (process start included), best of N runs.
#   tests/bench/run-report-bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
# Plain profiles, as these figures were always measured, also where no keychain works.
export TSUNAGU_TEST_PLAIN_PROFILES=1
build=${1:-build/release}
runs=${2:-5}
tsunagu="$build/app/tsunagu"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="$work/profile"

# The demo profile gives the rooms, series and members; the meetings are filled in below.
"$tsunagu" --profile "$profile" --demo rooms list >/dev/null
/usr/bin/python3 "$(dirname "$0")/generate_attendance.py" "$profile/tsunagu.sqlite"

# Best of N wall-clock milliseconds of a command.
best_of() {
    local best="" start end ms
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" >"$work/out.txt"
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}
# The same process start and profile open without the report, to tell the report's own share.
base=$(best_of "$tsunagu" --profile "$profile" rooms list)
full=$(best_of "$tsunagu" --profile "$profile" report --room all --from 2016-01-01 --to 2026-12-31 --json)
cp "$work/out.txt" "$work/report.json"
echo "report --room all over ten years: best of $runs runs ${full} ms; rooms list on the same profile ${base} ms;"
echo "the report itself: $((full - base)) ms"
grep -E '"(meetingsHeld|totalAttendance)"' "$work/report.json"
