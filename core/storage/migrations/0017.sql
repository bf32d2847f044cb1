-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sealing reaches the columns that still told who someone is: members' anonymous names, the Zoom names a host
-- maps to members, blocked addresses, contact persons and notes, referral notes, and the SHA-256 of each mail
-- (which let anyone holding a copy of a mail confirm that it is in the profile). Where SQL needs equality a keyed
-- hash stands beside the sealed value (Sealer::keyedHash, as reply_address_hash in version 13); in a profile
-- without a key it holds the value itself, so a plain profile behaves as before.
--
-- The tables whose uniqueness moves to the hash are rebuilt with their ids. Foreign keys stay on during a
-- migration, and dropping a parent table deletes its children by cascade: the children's rows are kept aside
-- first and put back once the new table carries the old name.

CREATE TABLE keep_attendance_members AS SELECT occurrence_id, member_id FROM attendance_members;
CREATE TABLE keep_attendance_aliases AS SELECT room_id, display_name, member_id FROM attendance_aliases;
DROP TABLE attendance_aliases;

-- name_hash: the keyed hash of the anonymous name (the name itself without a key); one name per room.
CREATE TABLE members_v17 (
    id              INTEGER PRIMARY KEY,
    room_id         INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    anonymous_name  TEXT NOT NULL CHECK (length(trim(anonymous_name)) > 0),
    name_hash       TEXT NOT NULL CHECK (length(name_hash) > 0),
    category        TEXT NOT NULL DEFAULT 'person'
                        CHECK (category IN ('person', 'family', 'supporter', 'other', 'unknown')),
    joined_on       TEXT,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'left')),
    applicant_id    INTEGER REFERENCES applicants (id) ON DELETE SET NULL,
    UNIQUE (room_id, name_hash)
);
INSERT INTO members_v17 (id, room_id, anonymous_name, name_hash, category, joined_on, status, applicant_id)
    SELECT id, room_id, anonymous_name, anonymous_name, category, joined_on, status, applicant_id FROM members;
DROP TABLE members;
ALTER TABLE members_v17 RENAME TO members;
-- Members are looked up by the applicant they were (an index an earlier version may have made went with the old
-- table).
CREATE INDEX IF NOT EXISTS members_applicant ON members (applicant_id) WHERE applicant_id IS NOT NULL;
INSERT INTO attendance_members (occurrence_id, member_id)
    SELECT occurrence_id, member_id FROM keep_attendance_members;
DROP TABLE keep_attendance_members;

-- name_key: the keyed hash of the folded Zoom name (the folded name itself without a key), looked up per room;
-- display_name: the folded name, sealed, for the alias editor. A rowid table, so that sealing in place can reach
-- each row.
CREATE TABLE attendance_aliases (
    room_id       INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    name_key      TEXT NOT NULL CHECK (length(name_key) > 0),
    display_name  TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    member_id     INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (room_id, name_key)
);
INSERT INTO attendance_aliases (room_id, name_key, display_name, member_id)
    SELECT room_id, display_name, display_name, member_id FROM keep_attendance_aliases;
DROP TABLE keep_attendance_aliases;
CREATE INDEX attendance_aliases_member ON attendance_aliases (member_id);

-- address_hash: the keyed hash of the trimmed, lower-cased address (that address itself without a key; SQLite's
-- lower() folds ASCII only, as the NOCASE key it replaces did); address: as the host gave it, sealed.
CREATE TABLE blocked_addresses_v17 (
    address_hash  TEXT PRIMARY KEY CHECK (length(address_hash) > 0),
    address       TEXT NOT NULL CHECK (length(trim(address)) > 0),
    blocked_at    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
INSERT OR IGNORE INTO blocked_addresses_v17 (address_hash, address, blocked_at, note)
    SELECT lower(trim(address)), trim(address), blocked_at, note FROM blocked_addresses;
DROP TABLE blocked_addresses;
ALTER TABLE blocked_addresses_v17 RENAME TO blocked_addresses;

-- A profile sealed before this version holds the columns above as plain text: the first open with its key seals
-- them, fills the keyed hashes and empties this table, in one transaction (sealPending in SealInPlace.cpp). A
-- profile without a key keeps the row until it is sealed in place, which does the same work.
CREATE TABLE seal_pending (
    what  TEXT PRIMARY KEY
);
INSERT INTO seal_pending (what) VALUES ('version 17');
