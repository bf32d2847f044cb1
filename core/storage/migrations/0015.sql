-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 15 changes nothing in the schema: the number is held so that the versions stay consecutive (a migration
-- runs only when every version before it exists). Replaced when a schema change takes this number.

CREATE TABLE IF NOT EXISTS rooms (id INTEGER PRIMARY KEY);
