#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a demo profile with many fictional applicants, for the window and list benchmarks.

    make_applicant_profile.py --tsunagu build/release/app/tsunagu --count 100000 DIR

DIR must not exist: the demo profile is created there by `tsunagu --profile DIR --demo rooms list`, then its
thirteen applicants are copied, with new anonymous names, example.jp addresses, statuses and arrival times spread
over five years, until the profile holds COUNT applicants, each with the first entry of its status history. The
applicants' texts and form fields are those of the demo (all fictional), so rows have a realistic size.
"""
import argparse
import datetime
import random
import sqlite3
import os
import subprocess
import sys

STATUSES = ["new", "checking", "invited", "attending", "on_hold", "referred", "not_eligible", "withdrawn"]
# Most applicants of a room that has run for years were answered long ago; a few dozen wait.
WEIGHTS = [1, 1, 30, 40, 5, 8, 8, 7]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tsunagu", required=True)
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--waiting", type=int, default=60, help="how many of them still wait for a reply")
    parser.add_argument("directory")
    args = parser.parse_args()

    # A plain profile on purpose (the benchmarks seal it themselves, or measure a plain one), also where no keychain
    # works.
    subprocess.run([args.tsunagu, "--profile", args.directory, "--demo", "rooms", "list"], check=True,
                   stdout=subprocess.DEVNULL, env=dict(os.environ, TSUNAGU_TEST_PLAIN_PROFILES="1"))
    db = sqlite3.connect(f"{args.directory}/tsunagu.sqlite")
    columns = [row[1] for row in db.execute("PRAGMA table_info(applicants)") if row[1] != "id"]
    templates = db.execute(f"SELECT {', '.join(columns)} FROM applicants").fetchall()
    have = db.execute("SELECT COUNT(*) FROM applicants").fetchone()[0]
    rng = random.Random(12)
    now = datetime.datetime.now(datetime.timezone.utc)
    index = {name: i for i, name in enumerate(columns)}
    placeholders = ", ".join("?" for _ in columns)
    rows = []
    to_make = max(0, args.count - have)
    for n in range(to_make):
        row = list(templates[n % len(templates)])
        waiting = n >= to_make - args.waiting
        received = now - datetime.timedelta(seconds=rng.randint(0, 5 * 365 * 86400) if not waiting
                                            else rng.randint(0, 8 * 86400))
        status = rng.choice(["new", "checking"]) if waiting else rng.choices(STATUSES, WEIGHTS)[0]
        row[index["anonymous_name"]] = f"仮名{n + 1:06d}"
        row[index["reply_address"]] = f"applicant{n + 1}@example.jp"
        row[index["status"]] = status
        row[index["received_at"]] = received.strftime("%Y-%m-%dT%H:%M:%SZ")
        replied = None
        if status not in ("new", "checking"):
            replied = (received + datetime.timedelta(hours=rng.randint(2, 72))).strftime("%Y-%m-%dT%H:%M:%SZ")
        row[index["first_reply_at"]] = replied
        row[index["duplicate_of"]] = None
        row[index["duplicate_state"]] = "none"
        rows.append(row)
        if len(rows) == 5000 or n == to_make - 1:
            with db:
                for r in rows:
                    cur = db.execute(f"INSERT INTO applicants ({', '.join(columns)}) VALUES ({placeholders})", r)
                    db.execute("INSERT INTO applicant_status_history (applicant_id, status, changed_at) "
                               "VALUES (?, ?, ?)", (cur.lastrowid, r[index["status"]], r[index["received_at"]]))
            rows = []
    db.close()
    print(f"{args.directory}: {max(have, args.count)} applicants", file=sys.stderr)


if __name__ == "__main__":
    main()
