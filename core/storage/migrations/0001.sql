-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tsunagu schema, version 1. Times are ISO 8601 UTC text ("2026-12-01T10:00:00Z"), dates "YYYY-MM-DD",
-- meeting starts local wall-clock time in the series' time zone. Secrets (chat links, join details) are
-- marked; mail passwords are never stored here (OS keychain).

CREATE TABLE mail_accounts (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    user_name       TEXT NOT NULL DEFAULT '',
    imap_host       TEXT NOT NULL DEFAULT '',
    imap_port       INTEGER NOT NULL DEFAULT 993 CHECK (imap_port BETWEEN 1 AND 65535),
    imap_security   TEXT NOT NULL DEFAULT 'tls' CHECK (imap_security IN ('tls', 'starttls', 'plain_local')),
    smtp_host       TEXT NOT NULL DEFAULT '',
    smtp_port       INTEGER NOT NULL DEFAULT 465 CHECK (smtp_port BETWEEN 1 AND 65535),
    smtp_security   TEXT NOT NULL DEFAULT 'tls' CHECK (smtp_security IN ('tls', 'starttls', 'plain_local')),
    folder          TEXT NOT NULL DEFAULT 'INBOX',
    pinned_sha256   TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE mailbox_sync_state (
    account_id      INTEGER NOT NULL REFERENCES mail_accounts (id) ON DELETE CASCADE,
    mailbox         TEXT NOT NULL,
    uidvalidity     INTEGER NOT NULL CHECK (uidvalidity > 0),
    highest_uid     INTEGER NOT NULL DEFAULT 0 CHECK (highest_uid >= 0),
    highest_modseq  INTEGER,
    last_sync_at    TEXT,
    PRIMARY KEY (account_id, mailbox)
);

CREATE TABLE rooms (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE CHECK (length(trim(code)) BETWEEN 1 AND 16),
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    theme                TEXT NOT NULL DEFAULT '',
    audience             TEXT NOT NULL CHECK (audience IN ('persons', 'families', 'women', 'open')),
    description          TEXT NOT NULL DEFAULT '',
    chat_link            TEXT NOT NULL DEFAULT '', -- secret
    application_form_url TEXT NOT NULL DEFAULT '',
    reception_address    TEXT NOT NULL DEFAULT '',
    mail_account_id      INTEGER REFERENCES mail_accounts (id) ON DELETE SET NULL,
    reply_deadline_days  INTEGER NOT NULL DEFAULT 3 CHECK (reply_deadline_days BETWEEN 1 AND 60),
    status               TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
    status_note          TEXT NOT NULL DEFAULT '',
    schedule_summary     TEXT NOT NULL DEFAULT '',
    guidelines           TEXT NOT NULL DEFAULT '',
    minors_reviewed      INTEGER NOT NULL DEFAULT 0 CHECK (minors_reviewed IN (0, 1)),
    sort_order           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE hosts (
    id            INTEGER PRIMARY KEY,
    display_name  TEXT NOT NULL UNIQUE CHECK (length(trim(display_name)) > 0),
    signature     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE host_rooms (
    host_id  INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    room_id  INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    PRIMARY KEY (host_id, room_id)
) WITHOUT ROWID;

CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    organisation     TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    kind             TEXT NOT NULL CHECK (kind IN ('specialist_clinic', 'clinic', 'hospital', 'probation_office',
                         'health_centre', 'mental_health_centre', 'recovery_facility', 'self_help_group',
                         'family_association', 'government', 'school', 'legal_debt', 'other')),
    region           TEXT NOT NULL DEFAULT '',
    person           TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    web              TEXT NOT NULL DEFAULT '',
    role_notes       TEXT NOT NULL DEFAULT '',
    last_contact_on  TEXT
);

CREATE TABLE poster_deliveries (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    delivered_on    TEXT NOT NULL,
    poster_version  TEXT NOT NULL DEFAULT '',
    copies          INTEGER NOT NULL DEFAULT 1 CHECK (copies > 0)
);
CREATE INDEX poster_deliveries_contact ON poster_deliveries (contact_id);

CREATE TABLE applicants (
    id                   INTEGER PRIMARY KEY,
    room_id              INTEGER REFERENCES rooms (id) ON DELETE RESTRICT, -- NULL: not yet assigned
    anonymous_name       TEXT NOT NULL DEFAULT '',
    reply_address        TEXT NOT NULL DEFAULT '',
    category             TEXT NOT NULL DEFAULT 'unknown'
                             CHECK (category IN ('person', 'family', 'supporter', 'other', 'unknown')),
    gender_as_written    TEXT NOT NULL DEFAULT '',
    age_band             TEXT NOT NULL DEFAULT '',
    region               TEXT NOT NULL DEFAULT '',
    country              TEXT NOT NULL DEFAULT '',
    time_zone            TEXT NOT NULL DEFAULT '',
    referral_source      TEXT NOT NULL DEFAULT '',
    referral_contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    status               TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'checking', 'invited', 'attending',
                             'on_hold', 'referred', 'not_eligible', 'withdrawn')),
    received_at          TEXT NOT NULL,
    first_reply_at       TEXT,
    notes                TEXT NOT NULL DEFAULT '',
    duplicate_of         INTEGER REFERENCES applicants (id) ON DELETE SET NULL,
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);
CREATE INDEX applicants_room_status ON applicants (room_id, status);
CREATE INDEX applicants_reply_address ON applicants (reply_address);

CREATE TABLE applicant_status_history (
    id            INTEGER PRIMARY KEY,
    applicant_id  INTEGER NOT NULL REFERENCES applicants (id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('new', 'checking', 'invited', 'attending',
                      'on_hold', 'referred', 'not_eligible', 'withdrawn')),
    changed_at    TEXT NOT NULL,
    host_id       INTEGER REFERENCES hosts (id) ON DELETE SET NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX applicant_status_history_applicant ON applicant_status_history (applicant_id, changed_at);

-- Mail in and out. The source of an applicant is the incoming message with classification 'application'.
CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    account_id      INTEGER REFERENCES mail_accounts (id) ON DELETE SET NULL,
    mailbox         TEXT,
    uidvalidity     INTEGER,
    uid             INTEGER,
    message_id      TEXT NOT NULL DEFAULT '',
    in_reply_to     TEXT NOT NULL DEFAULT '',
    references_ids  TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL DEFAULT '',
    from_address    TEXT NOT NULL DEFAULT '',
    to_addresses    TEXT NOT NULL DEFAULT '',
    reply_to        TEXT NOT NULL DEFAULT '',
    sent_at         TEXT,
    received_at     TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL DEFAULT 0 CHECK (size_bytes >= 0),
    body_text       TEXT NOT NULL DEFAULT '',
    classification  TEXT NOT NULL DEFAULT 'unclassified'
                        CHECK (classification IN ('application', 'reply', 'unclassified', 'spam', 'ignored', 'sent')),
    applicant_id    INTEGER REFERENCES applicants (id) ON DELETE SET NULL,
    CHECK ((uid IS NULL) = (uidvalidity IS NULL))
);
CREATE UNIQUE INDEX messages_server_position ON messages (account_id, mailbox, uidvalidity, uid)
    WHERE uid IS NOT NULL;
CREATE INDEX messages_message_id ON messages (message_id);
CREATE INDEX messages_applicant ON messages (applicant_id);

CREATE TABLE templates (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('invite', 'hold', 'refer', 'decline', 'reminder')),
    room_id     INTEGER REFERENCES rooms (id) ON DELETE CASCADE, -- NULL: for every room
    host_id     INTEGER REFERENCES hosts (id) ON DELETE CASCADE, -- NULL: for every host
    language    TEXT NOT NULL CHECK (language IN ('ja', 'en')),
    name        TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);
-- NULLs are distinct in a UNIQUE constraint, so the "every room/host" templates need the IFNULL.
CREATE UNIQUE INDEX templates_unique ON templates (action, IFNULL(room_id, 0), IFNULL(host_id, 0), language, name);

CREATE TABLE meeting_series (
    id                       INTEGER PRIMARY KEY,
    room_id                  INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    title                    TEXT NOT NULL CHECK (length(trim(title)) > 0),
    rrule                    TEXT NOT NULL DEFAULT '',
    first_start              TEXT NOT NULL,
    time_zone                TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    duration_minutes         INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    beginner_offset_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (beginner_offset_minutes BETWEEN 0 AND 240),
    join_url                 TEXT NOT NULL DEFAULT '', -- secret
    meeting_id               TEXT NOT NULL DEFAULT '', -- secret
    passcode                 TEXT NOT NULL DEFAULT '', -- secret
    status                   TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended'))
);
CREATE INDEX meeting_series_room ON meeting_series (room_id);

CREATE TABLE occurrences (
    id         INTEGER PRIMARY KEY,
    series_id  INTEGER NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    starts_at  TEXT NOT NULL,
    cancelled  INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '',
    UNIQUE (series_id, starts_at)
);
CREATE INDEX occurrences_start ON occurrences (starts_at);

CREATE TABLE members (
    id              INTEGER PRIMARY KEY,
    room_id         INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    anonymous_name  TEXT NOT NULL CHECK (length(trim(anonymous_name)) > 0),
    category        TEXT NOT NULL DEFAULT 'person'
                        CHECK (category IN ('person', 'family', 'supporter', 'other', 'unknown')),
    joined_on       TEXT,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'left')),
    applicant_id    INTEGER REFERENCES applicants (id) ON DELETE SET NULL,
    UNIQUE (room_id, anonymous_name)
);

CREATE TABLE attendance (
    occurrence_id  INTEGER PRIMARY KEY REFERENCES occurrences (id) ON DELETE CASCADE,
    persons        INTEGER NOT NULL DEFAULT 0 CHECK (persons >= 0),
    families       INTEGER NOT NULL DEFAULT 0 CHECK (families >= 0),
    supporters     INTEGER NOT NULL DEFAULT 0 CHECK (supporters >= 0),
    others         INTEGER NOT NULL DEFAULT 0 CHECK (others >= 0),
    first_timers   INTEGER NOT NULL DEFAULT 0 CHECK (first_timers >= 0),
    recorded_at    TEXT NOT NULL,
    host_id        INTEGER REFERENCES hosts (id) ON DELETE SET NULL,
    CHECK (first_timers <= persons + families + supporters + others)
);

CREATE TABLE attendance_members (
    occurrence_id  INTEGER NOT NULL REFERENCES attendance (occurrence_id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (occurrence_id, member_id)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    host_id       INTEGER REFERENCES hosts (id) ON DELETE SET NULL,
    action        TEXT NOT NULL,
    subject_kind  TEXT NOT NULL DEFAULT '',
    subject_id    INTEGER,
    detail        TEXT NOT NULL DEFAULT ''
);
