-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: answering applicants. Accounts learn how to send: the SMTP login when it differs from the
-- IMAP one (its password then has its own keychain entry), the sender shown to applicants, the charset for old
-- phones, and where copies go (Sent and Drafts, found on the server when left empty; Gmail files its own copy).
-- Every reply a host writes is kept here from the first keystroke until it is sent, so a crash, a failed send or
-- a closed window never loses it; referrals keep the applicant's consent and exactly what was shared.

ALTER TABLE mail_accounts ADD COLUMN smtp_user_name TEXT NOT NULL DEFAULT '';  -- empty: the IMAP user name
ALTER TABLE mail_accounts ADD COLUMN smtp_secret_key TEXT NOT NULL DEFAULT ''; -- empty: the IMAP password
ALTER TABLE mail_accounts ADD COLUMN smtp_pinned_sha256 TEXT;                   -- the SMTP server's own pin
ALTER TABLE mail_accounts ADD COLUMN from_address TEXT NOT NULL DEFAULT '';    -- empty: the user name
ALTER TABLE mail_accounts ADD COLUMN from_name TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN outgoing_charset TEXT NOT NULL DEFAULT 'utf8'
    CHECK (outgoing_charset IN ('utf8', 'iso2022jp'));
ALTER TABLE mail_accounts ADD COLUMN sent_folder TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN drafts_folder TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN server_files_sent INTEGER NOT NULL DEFAULT 0 CHECK (server_files_sent IN (0, 1));
UPDATE mail_accounts SET server_files_sent = 1 WHERE provider = 'gmail';

CREATE TABLE replies (
    id                INTEGER PRIMARY KEY,
    applicant_id      INTEGER NOT NULL REFERENCES applicants (id) ON DELETE CASCADE,
    account_id        INTEGER REFERENCES mail_accounts (id) ON DELETE SET NULL,
    host_id           INTEGER REFERENCES hosts (id) ON DELETE SET NULL,
    action            TEXT NOT NULL CHECK (action IN ('invite', 'hold', 'refer', 'decline', 'reminder')),
    language          TEXT NOT NULL DEFAULT 'ja' CHECK (language IN ('ja', 'en')),
    to_address        TEXT NOT NULL DEFAULT '',
    subject           TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL DEFAULT '',                 -- may hold meeting secrets
    includes_secrets  INTEGER NOT NULL DEFAULT 0 CHECK (includes_secrets IN (0, 1)),
    -- draft: being written; sending: handed to the server, outcome unknown until it answers (after a crash the
    -- host is asked to check rather than Tsunagu sending twice); sent; failed: kept with the error for a retry;
    -- on_server: saved to the Drafts folder for the host's own mail app.
    state             TEXT NOT NULL DEFAULT 'draft'
                          CHECK (state IN ('draft', 'sending', 'sent', 'failed', 'on_server')),
    error_code        TEXT NOT NULL DEFAULT '',
    error_detail      TEXT NOT NULL DEFAULT '',
    warning           TEXT NOT NULL DEFAULT '',                 -- sent, but the Sent copy or the flags failed
    message_id        TEXT NOT NULL DEFAULT '',                 -- Message-ID of what was sent
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    sent_at           TEXT
);
CREATE INDEX replies_applicant ON replies (applicant_id, state);

CREATE TABLE referrals (
    id              INTEGER PRIMARY KEY,
    applicant_id    INTEGER NOT NULL REFERENCES applicants (id) ON DELETE CASCADE,
    to_room_id      INTEGER NOT NULL REFERENCES rooms (id) ON DELETE RESTRICT,
    host_id         INTEGER REFERENCES hosts (id) ON DELETE SET NULL,
    consent         INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)), -- may the other room be told?
    shared_fields   TEXT NOT NULL DEFAULT '[]',  -- JSON ["anonymous_name", "concern", …]: only what was agreed
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    notified_at     TEXT,                        -- when the other room's reception address was written to
    CHECK (consent = 1 OR shared_fields = '[]')
);
CREATE INDEX referrals_applicant ON referrals (applicant_id);
