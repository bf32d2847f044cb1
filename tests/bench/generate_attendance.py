#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills a demo profile with ten years of meetings for every room: two meetings a week per room (12 rooms,
# 2016-2026, ~13,700 meetings with attendance), 1,000 members per room and 1,000,000 roster rows spread over the
# meetings. Deterministic; standard library only.
import datetime
import random
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
rnd = random.Random(20261205)
rooms = [r[0] for r in db.execute("SELECT id FROM rooms ORDER BY sort_order")]
series = {}
for room in rooms:
    row = db.execute("SELECT id FROM meeting_series WHERE room_id = ? ORDER BY id LIMIT 1", (room,)).fetchone()
    if row is None:
        cur = db.execute("INSERT INTO meeting_series (room_id, title, rrule, first_start, duration_minutes) "
                         "VALUES (?, 'bench', 'FREQ=WEEKLY;BYDAY=TU,FR', '2016-01-05T19:00:00', 120)", (room,))
        row = (cur.lastrowid,)
    series[room] = row[0]
members = {}
for room in rooms:
    ids = []
    for i in range(1000):
        cur = db.execute("INSERT OR IGNORE INTO members (room_id, anonymous_name, category, joined_on) "
                         "VALUES (?, ?, ?, ?)", (room, "bench-%04d" % i, rnd.choice(["person", "family", "supporter"]),
                                                 "2016-01-01"))
        if cur.lastrowid:
            ids.append(cur.lastrowid)
    members[room] = ids
occurrences = []
day = datetime.date(2016, 1, 1)
while day <= datetime.date(2026, 10, 31):
    if day.weekday() in (1, 4):
        for room in rooms:
            start = "%sT19:00:00" % day.isoformat()
            cur = db.execute("INSERT OR IGNORE INTO occurrences (series_id, starts_at) VALUES (?, ?)",
                             (series[room], start))
            if cur.rowcount == 1:
                occurrences.append((cur.lastrowid, room))
    day += datetime.timedelta(days=1)
per_meeting = 1000000 // len(occurrences) + 1
rows = 0
for occurrence, room in occurrences:
    p, f, s = rnd.randint(10, 40), rnd.randint(5, 30), rnd.randint(0, 10)
    db.execute("INSERT INTO attendance (occurrence_id, persons, families, supporters, others, first_timers, "
               "recorded_at) VALUES (?, ?, ?, ?, ?, ?, '2026-12-05T00:00:00Z')", (occurrence, p, f, s, 0, 1))
    chosen = rnd.sample(members[room], min(per_meeting, len(members[room])))
    if rows + len(chosen) > 1000000:
        chosen = chosen[: 1000000 - rows]
    db.executemany("INSERT INTO attendance_members (occurrence_id, member_id) VALUES (?, ?)",
                   [(occurrence, m) for m in chosen])
    rows += len(chosen)
db.commit()
print("meetings with attendance: %d, roster rows: %d" % (len(occurrences), rows))
