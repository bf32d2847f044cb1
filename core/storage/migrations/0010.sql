-- SPDX-License-Identifier: GPL-3.0-or-later
-- Meetings: an occurrence moved away from its planned start remembers that start (so the series' rule does not
-- bring the planned one back); a paused series keeps the host's note and an optional date it resumes on; the
-- host's aliases map a Zoom display name to a member of the room (Zoom's names are not the anonymous names).

ALTER TABLE occurrences ADD COLUMN original_start TEXT;
CREATE INDEX occurrences_original ON occurrences (series_id, original_start) WHERE original_start IS NOT NULL;

ALTER TABLE meeting_series ADD COLUMN pause_note TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting_series ADD COLUMN resume_on TEXT;

CREATE TABLE attendance_aliases (
    room_id       INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    display_name  TEXT NOT NULL CHECK (length(trim(display_name)) > 0), -- folded: trimmed, case and width folded
    member_id     INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (room_id, display_name)
) WITHOUT ROWID;
