-- SPDX-License-Identifier: GPL-3.0-or-later
-- Retention and deletion. Each room keeps the texts of an application (the self-introduction, the form as
-- written, every mail to and from the applicant) for retention_days after the applicant's outcome was decided,
-- then Tsunagu deletes them (0: keep them until the host deletes the applicant). The outcome is decided when the
-- status is one of attending, referred, not_eligible or withdrawn; its date is the latest change in the status
-- history, so nothing new has to be recorded to know it.
--
-- texts_removed_at: the texts went with the room's retention (the applicant stays, with name and address).
-- erased_at: the host deleted the applicant; only the room, status, category, dates and the referral contact stay,
-- so that counts and reports do not change.
ALTER TABLE rooms ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 180 CHECK (retention_days BETWEEN 0 AND 3650);
ALTER TABLE applicants ADD COLUMN texts_removed_at TEXT;
ALTER TABLE applicants ADD COLUMN erased_at TEXT;

-- The sweep after each sync looks only at decided applicants whose texts are still kept.
CREATE INDEX applicants_retention ON applicants (room_id)
    WHERE texts_removed_at IS NULL AND status IN ('attending', 'referred', 'not_eligible', 'withdrawn');
