-- SPDX-License-Identifier: GPL-3.0-or-later
-- Stands in for the schema version numbered before 0019 until that version's own script takes this number; it
-- changes nothing.
SELECT 1;
