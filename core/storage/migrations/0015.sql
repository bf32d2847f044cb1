-- SPDX-License-Identifier: GPL-3.0-or-later
-- Placeholder for the schema version another branch adds; replaced when the branches are merged.
SELECT 1;
