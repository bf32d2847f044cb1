// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/OAuthError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tsunagu {

// The words of "Sign in with Microsoft/Google", shared by the account settings and the command line: what went
// wrong with a sign-in and what to do, and the page the browser shows when it comes back to Tsunagu.
class OAuthText
{
    Q_DECLARE_TR_FUNCTIONS(OAuthText)

public:
    // "Microsoft", "Google" or "your provider".
    static QString providerName(const QString& provider);
    static QString error(OAuthError error);
    // The page in the browser tab, in the host's language, complete HTML.
    static QString successPage();
    static QString failurePage();
    // "Signed in as … on …; last renewed …" for the account settings and account list.
    static QString signedIn(const QString& user, const QDateTime& signedInAt, const QDateTime& renewedAt);
};

} // namespace tsunagu
