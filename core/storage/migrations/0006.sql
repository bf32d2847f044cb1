-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: mail fetched from a mailbox is kept exactly as it came before it is read. A sync works in two
-- phases, as mail clients do: it downloads first and reads (MIME, intake, applicants) after. Reading a mail and
-- storing what it became costs several times what downloading it does, so a sync that did both for every mail
-- could not keep up with the server. The fetch phase writes each batch of raw mail here together with the
-- mailbox's sync state, in one transaction; the read phase takes the rows in id order and deletes each one in
-- the transaction that stores what it became. A crash at any point loses nothing and takes nothing in twice:
-- a mail is either waiting here or read, never both and never neither.
--
-- The rows go with their account. (account, mailbox, uidvalidity, uid) names one message on the server once
-- (RFC 3501 §2.3.1.1), so the same message can never wait twice.
CREATE TABLE fetched_mail (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES mail_accounts (id) ON DELETE CASCADE,
    mailbox         TEXT NOT NULL,
    uidvalidity     INTEGER NOT NULL CHECK (uidvalidity > 0),
    uid             INTEGER NOT NULL CHECK (uid > 0),
    full_size       INTEGER NOT NULL DEFAULT 0 CHECK (full_size >= 0), -- on the server; > length(raw) over the cap
    raw             BLOB NOT NULL,
    fetched_at      TEXT NOT NULL,
    UNIQUE (account_id, mailbox, uidvalidity, uid)
);
