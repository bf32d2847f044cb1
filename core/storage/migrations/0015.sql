-- SPDX-License-Identifier: GPL-3.0-or-later
-- An invitation can carry the room's next meetings as an .ics attachment: the host's choice is kept with the draft,
-- so a reply sent later (or after a failure) goes out as it was prepared. Looking up whether an applicant is a
-- member already (名簿に加える) reads members by applicant.

ALTER TABLE replies ADD COLUMN attach_meetings INTEGER NOT NULL DEFAULT 0 CHECK (attach_meetings IN (0, 1));

CREATE INDEX members_applicant ON members (applicant_id) WHERE applicant_id IS NOT NULL;
