-- SPDX-License-Identifier: GPL-3.0-or-later
-- 受付's lists of mail that is not an application (未分類, 迷惑メール, 無視したメール) are read by classification, newest
-- first, whenever new mail arrives. Without an index SQLite read every stored mail, raw bytes included, for each of
-- the three lists: with 11,000 mails that held the window for hundreds of milliseconds after every sync.

CREATE INDEX messages_classification ON messages (classification, received_at);
