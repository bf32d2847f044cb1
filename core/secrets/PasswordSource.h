// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "secrets/SecretStore.h"

#include <functional>
#include <optional>

namespace tsunagu {

enum class MailPassword
{
    Imap,
    Smtp,
};

// What PasswordSource found: the password, or that it must be asked for (and why).
struct PasswordLookup
{
    std::optional<QString> password;
    bool askEachTime = false;                   // the account keeps no password: ask, without reading the store
    SecretError reason = SecretError::NotFound; // when neither: why the store had none
    bool found() const { return password.has_value(); }
};

// The one answer to "the IMAP or SMTP password of this mail account": the store it is given (the keychain, with the
// session fallback for the window), unless the account asks each time. Asking the host is the caller's part: a
// dialog in the window, standard input on the command line. An empty stored password counts as none, since no
// server accepts it. Nothing here logs a password.
class PasswordSource
{
public:
    explicit PasswordSource(SecretStore& store)
        : m_store(store)
    {}

    // Calls done later from the event loop (never inside the call, never after context is destroyed), except for
    // an account that asks each time, which is answered at once.
    void lookup(const MailAccount& account, MailPassword which, QObject* context,
                std::function<void(const PasswordLookup&)> done);

    // The SMTP login uses the IMAP password (no SMTP key of its own): whoever has one has both.
    static bool smtpSharesImap(const MailAccount& account);

private:
    SecretStore& m_store;
};

} // namespace tsunagu
