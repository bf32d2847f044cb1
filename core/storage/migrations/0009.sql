-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: the referral directory as hosts keep it. A contact gains the city beside its prefecture (region),
-- the role of the person the host knows there, a postal address, free notes, the date of the next follow-up and
-- a referral code that a clinic's posters carry so that applicants can name it. Which rooms a contact relates to,
-- every contact made (visit, call, mail, meeting) and how a poster went there (handed over, by post, by mail) are
-- kept too, and whether the host confirmed that an applicant's 紹介元 really is a contact.

ALTER TABLE contacts ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN person_role TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN next_follow_up_on TEXT;
ALTER TABLE contacts ADD COLUMN referral_code TEXT NOT NULL DEFAULT '';
-- A code names one contact; most contacts have none.
CREATE UNIQUE INDEX contacts_referral_code ON contacts (referral_code) WHERE referral_code <> '';

CREATE TABLE contact_rooms (
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    room_id     INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, room_id)
) WITHOUT ROWID;
CREATE INDEX contact_rooms_room ON contact_rooms (room_id);

CREATE TABLE contact_events (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    happened_on  TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'mail', 'meeting', 'other')),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_events_contact ON contact_events (contact_id, happened_on);

ALTER TABLE poster_deliveries ADD COLUMN method TEXT NOT NULL DEFAULT 'handed'
    CHECK (method IN ('handed', 'post', 'mail', 'other'));
ALTER TABLE poster_deliveries ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- How an applicant's referral_contact_id came about: 'suggested' by Tsunagu from the 紹介元 and waiting for the
-- host, 'confirmed' by the host, or 'rejected' by the host (the 紹介元 is not that contact; never suggested again).
-- 'none' with a contact set is a link made by hand before this version, and counts as confirmed.
ALTER TABLE applicants ADD COLUMN referral_link TEXT NOT NULL DEFAULT 'none'
    CHECK (referral_link IN ('none', 'suggested', 'confirmed', 'rejected'));
UPDATE applicants SET referral_link = 'confirmed' WHERE referral_contact_id IS NOT NULL;
-- Applicants by referral contact are found through applicants_referral_contact (version 7).
