// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "mail/net/Endpoint.h"

namespace tsunagu {

// Where a stored mail account connects to: the one place the account's settings become the endpoints the IMAP
// and SMTP sessions use, so receiving and sending can never disagree about security, user name or trust.
SecurityMode securityModeFor(MailSecurity security);
MailAuth authFor(const MailAccount& account);
Endpoint imapEndpoint(const MailAccount& account);
Endpoint smtpEndpoint(const MailAccount& account);

} // namespace tsunagu
