-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sealing reaches applicants' anonymous names: with the reply address, the name a person chose is what tells who
-- they are. Lists still sort and search by it in SQL, through tsunagu_open_text(), a function each connection with
-- the data key has (Sealing.cpp) that opens the value inside the statement and keeps it nowhere. An index can no
-- longer order the sealed values, so applicants_name goes.
DROP INDEX IF EXISTS applicants_name;

-- A profile sealed before this version holds the names plain: the first open with its key seals them (sealPending
-- in SealInPlace.cpp, sinceVersion 18).
INSERT OR IGNORE INTO seal_pending (what) VALUES ('version 18');
