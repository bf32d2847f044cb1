// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/PasswordSource.h"

namespace tsunagu {

void PasswordSource::lookup(const MailAccount& account, MailPassword which, QObject* context,
                            std::function<void(const PasswordLookup&)> done)
{
    // "Ask each time" is about the account's own (IMAP) password; a separate SMTP password may still be kept.
    const bool sharesImap = which == MailPassword::Imap || smtpSharesImap(account);
    if (sharesImap && account.askPassword) {
        PasswordLookup lookup;
        lookup.askEachTime = true;
        done(lookup);
        return;
    }
    const QString key = sharesImap ? account.secretKey : smtpSecretKeyOf(account);
    m_store.read(key, context, [done = std::move(done)](const Result<QString, SecretError>& read) {
        PasswordLookup lookup;
        if (read.ok() && !read.value().isEmpty())
            lookup.password = read.value();
        else if (!read.ok())
            lookup.reason = read.error().code;
        done(lookup);
    });
}

bool PasswordSource::smtpSharesImap(const MailAccount& account)
{
    return smtpSecretKeyOf(account) == account.secretKey;
}

} // namespace tsunagu
