// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "mail/net/CertificateInfo.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// The words a host reads about mail accounts, shared by the settings page and the command line.
class MailAccountText
{
    Q_DECLARE_TR_FUNCTIONS(MailAccountText)

public:
    static QString provider(MailProvider provider);
    // What the host needs to know before filling in the form for this provider (app passwords, Bridge, …).
    static QString providerNote(MailProvider provider);
    // The IMAP choices, with IMAP's usual ports.
    static QString security(MailSecurity security);
    // The same choices for SMTP submission, with its usual ports (RFC 8314: 465 implicit TLS, 587 STARTTLS).
    static QString smtpSecurity(MailSecurity security);
    // Why the account cannot be saved, with what to do instead.
    static QString issue(MailAccountIssue issue);
    // The last error of a sync in plain words, with what to do next; empty for None.
    static QString problem(MailAccountProblem problem);
    // Why a password could not be kept.
    static QString secretError(SecretError error);
    // Said whenever a password is only kept in memory.
    static QString sessionOnly();
    // The certificate question: what the certificate is (subject, issuer, validity, SHA-256 fingerprint) and
    // what trusting it means; `changed` warns that it replaces one the host trusted before.
    static QString certificateTitle(bool changed);
    static QString certificateQuestion(const MailAccount& account, const CertificateInfo& certificate, bool changed);
};

} // namespace tsunagu
