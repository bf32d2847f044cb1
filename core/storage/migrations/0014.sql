-- SPDX-License-Identifier: GPL-3.0-or-later
-- When the server received each downloaded mail (IMAP INTERNALDATE), kept while it waits to be read: an application
-- is dated when it arrived, not when a later sync read it in. NULL when the server did not say.

ALTER TABLE fetched_mail ADD COLUMN arrived_at TEXT;
