-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sealing at rest: what applicants write and who they are is stored sealed (XChaCha20-Poly1305, see
-- core/privacy) when the profile has a data key. A sealed reply address cannot be compared by SQL, so each
-- applicant also keeps a keyed hash of the trimmed, lower-cased address (BLAKE2b keyed with a subkey of the data
-- key): the duplicate-address lookup finds it through this index. In a profile without a key the column holds
-- the normalised address itself; sealing the profile replaces it with the keyed hash.

ALTER TABLE applicants ADD COLUMN reply_address_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX applicants_reply_address_hash ON applicants (reply_address_hash);
