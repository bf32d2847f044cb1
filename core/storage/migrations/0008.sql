-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: an account may sign in with OAuth 2.0 ("Sign in with Microsoft/Google") instead of a password.
-- Microsoft switched password sign-in off for IMAP and SMTP on personal Outlook.com accounts (2024-09-16), so
-- those rooms can only be reached this way. Stored here: the method, which provider and where it signs in (none
-- of it secret: a client ID is public), and when the host last signed in through the browser. The tokens
-- themselves go to the keychain under secret_key, never into this file.

ALTER TABLE mail_accounts ADD COLUMN auth_method TEXT NOT NULL DEFAULT 'password'
    CHECK (auth_method IN ('password', 'oauth2'));
ALTER TABLE mail_accounts ADD COLUMN oauth_provider TEXT NOT NULL DEFAULT ''
    CHECK (oauth_provider IN ('', 'microsoft', 'google', 'custom'));
ALTER TABLE mail_accounts ADD COLUMN oauth_client_id TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN oauth_authorize_url TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN oauth_token_url TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN oauth_scopes TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_accounts ADD COLUMN oauth_signed_in_at TEXT;
