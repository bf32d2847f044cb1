-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: what intake learns from a mail. Applicants keep every labelled form field (known or not) and the
-- hints shown to the host; messages keep their raw bytes (the source a host may ask to see), what the decoder
-- was unsure about, the attachment list and a content hash so the same mail is never taken in twice.

ALTER TABLE applicants ADD COLUMN concern TEXT NOT NULL DEFAULT '';
ALTER TABLE applicants ADD COLUMN introduction TEXT NOT NULL DEFAULT '';
ALTER TABLE applicants ADD COLUMN form_fields TEXT NOT NULL DEFAULT '[]'; -- JSON [{"label","value","key"}]
ALTER TABLE applicants ADD COLUMN hints TEXT NOT NULL DEFAULT '[]';       -- JSON [{"kind","detail"}]
ALTER TABLE applicants ADD COLUMN duplicate_state TEXT NOT NULL DEFAULT 'none'
    CHECK (duplicate_state IN ('none', 'flagged', 'kept', 'merged'));

ALTER TABLE messages ADD COLUMN raw BLOB;
ALTER TABLE messages ADD COLUMN sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN decoding_notes TEXT NOT NULL DEFAULT '[]'; -- JSON [{"where","what"}]
ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';    -- JSON [{"name","type","size"}]
ALTER TABLE messages ADD COLUMN spam_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX messages_sha256 ON messages (sha256);

-- Addresses the host chose to block; intake still keeps their mail, and shows a hint.
CREATE TABLE blocked_addresses (
    address     TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(address)) > 0),
    blocked_at  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);

-- A room's own form labels, beside the Japanese defaults ("ハンドル名" meaning the anonymous name).
CREATE TABLE room_form_labels (
    room_id    INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
    field_key  TEXT NOT NULL,
    PRIMARY KEY (room_id, label)
) WITHOUT ROWID;
