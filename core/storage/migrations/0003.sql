-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: what mail accounts need beyond version 1. Where the settings came from (provider presets), an extra
-- CA file, whether the password is asked at each sync instead of kept, the key of the password in the keychain
-- (random, so two profiles on one computer never share an entry), and the last error as a stable code with its
-- technical detail and time, worded by the UI.

ALTER TABLE mail_accounts ADD COLUMN provider TEXT NOT NULL DEFAULT 'generic'
    CHECK (provider IN ('generic', 'gmail', 'proton_bridge', 'outlook'));
ALTER TABLE mail_accounts ADD COLUMN ca_file TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN ask_password INTEGER NOT NULL DEFAULT 0 CHECK (ask_password IN (0, 1));
ALTER TABLE mail_accounts ADD COLUMN secret_key TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN last_error_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN last_error_at TEXT;

UPDATE mail_accounts SET secret_key = 'mail-account/' || lower(hex(randomblob(16))) WHERE secret_key = '';
CREATE UNIQUE INDEX mail_accounts_secret_key ON mail_accounts (secret_key);
CREATE INDEX rooms_mail_account ON rooms (mail_account_id);

-- A password without encryption may only go to a server on this computer (a bridge). The application checks it
-- first and explains; the schema makes sure nothing slips past.
CREATE TRIGGER mail_accounts_plain_local_insert BEFORE INSERT ON mail_accounts
WHEN (NEW.imap_security = 'plain_local' AND lower(NEW.imap_host) NOT IN ('127.0.0.1', 'localhost', '::1'))
  OR (NEW.smtp_security = 'plain_local' AND lower(NEW.smtp_host) NOT IN ('', '127.0.0.1', 'localhost', '::1'))
BEGIN
    SELECT RAISE(ABORT, 'plain_local is only allowed for a server on this computer');
END;

CREATE TRIGGER mail_accounts_plain_local_update BEFORE UPDATE ON mail_accounts
WHEN (NEW.imap_security = 'plain_local' AND lower(NEW.imap_host) NOT IN ('127.0.0.1', 'localhost', '::1'))
  OR (NEW.smtp_security = 'plain_local' AND lower(NEW.smtp_host) NOT IN ('', '127.0.0.1', 'localhost', '::1'))
BEGIN
    SELECT RAISE(ABORT, 'plain_local is only allowed for a server on this computer');
END;
