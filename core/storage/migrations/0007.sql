-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: the lists of applicants are read a page at a time, sorted and searched by SQLite, so that a
-- profile with a hundred thousand applicants opens at once. These indexes serve the sorts the lists offer (the
-- newest application first is the usual one) and the aggregate counts of who is still waiting. The partial index
-- holds only the applicants waiting for a first reply, a few dozen in a real room, so the window title, the
-- rooms table and the intake list find them without reading the others. The referral directory counts the
-- applicants each contact sent; without an index that read every applicant once per contact.
CREATE INDEX applicants_received ON applicants (received_at, id);
CREATE INDEX applicants_name ON applicants (anonymous_name, id);
CREATE INDEX applicants_status_received ON applicants (status, received_at, id);
CREATE INDEX applicants_awaiting ON applicants (received_at, id)
    WHERE first_reply_at IS NULL AND status IN ('new', 'checking') AND duplicate_state <> 'merged';
CREATE INDEX applicants_referral_contact ON applicants (referral_contact_id) WHERE referral_contact_id IS NOT NULL;
