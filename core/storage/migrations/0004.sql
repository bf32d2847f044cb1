-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: intake looks applicants up by reply address ignoring case (Hanako@example.jp is hanako@example.jp)
-- for every mail it takes in. The index of version 1 compares case-sensitively, so SQLite could not use it for
-- that lookup and read the whole table each time; this one matches the lookup.
DROP INDEX applicants_reply_address;
CREATE INDEX applicants_reply_address ON applicants (reply_address COLLATE NOCASE);
