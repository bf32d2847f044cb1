-- SPDX-License-Identifier: GPL-3.0-or-later
-- Each room's own minimum stay for a Zoom participant to be counted: a room whose members often drop out and rejoin
-- counts differently from one with short check-ins. 5 minutes, as before, for every existing room.

ALTER TABLE rooms ADD COLUMN minimum_minutes INTEGER NOT NULL DEFAULT 5 CHECK (minimum_minutes BETWEEN 0 AND 240);
