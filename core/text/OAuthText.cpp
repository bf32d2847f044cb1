// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/OAuthText.h"

#include "text/DisplayText.h"
#include "text/Sentences.h"

namespace tsunagu {

namespace {

QString page(const QString& language, const QString& title, const QString& text)
{
    // Plain, self-contained and without scripts: the tab may stay open long after Tsunagu has moved on.
    return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%2</h1><p>%3</p></body></html>")
        .arg(language, title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString OAuthText::providerName(const QString& provider)
{
    if (provider == QLatin1String("microsoft"))
        return QStringLiteral("Microsoft");
    if (provider == QLatin1String("google"))
        return QStringLiteral("Google");
    return tr("your mail provider");
}

QString OAuthText::error(OAuthError error)
{
    switch (error) {
    case OAuthError::ClientIdMissing:
        return tr("This copy of Tsunagu has no client ID for this provider, so it cannot open the sign-in page. "
                  "Enter the client ID registered for Tsunagu in the account settings (or give --oauth-client-id); "
                  "the README explains how to register one.");
    case OAuthError::InsecureEndpoint:
        return tr("The sign-in address must start with https://. Check the authorize and token addresses.");
    case OAuthError::ListenFailed:
        return tr("Tsunagu could not wait for the browser on this computer (no free port on 127.0.0.1). Close some "
                  "programs and try again.");
    case OAuthError::Declined:
        return tr("The sign-in was not completed in the browser. Try again, and allow Tsunagu to read and send "
                  "mail.");
    case OAuthError::StateMismatch:
        return tr("The browser came back with an answer that was not for this sign-in, so it was refused. Start "
                  "the sign-in again.");
    case OAuthError::TimedOut:
        return tr("Nobody finished the sign-in in the browser within 5 minutes. Start it again when you are ready.");
    case OAuthError::Unreachable:
        return tr("The sign-in service could not be reached. Check the internet connection and try again.");
    case OAuthError::SignInAgain:
        return tr("Please sign in again: the sign-in for this account is no longer accepted.");
    case OAuthError::Refused:
        return tr("The sign-in service refused the request. Check the client ID and the addresses in the account "
                  "settings.");
    case OAuthError::BadResponse:
        return tr("The sign-in service answered something Tsunagu cannot use. Try again later.");
    case OAuthError::NotSignedIn:
        return tr("This account has not been signed in yet. Use Sign in.");
    }
    return {};
}

QString OAuthText::successPage()
{
    return page(tr("en", "the language code of this translation, for the browser"), tr("Signed in to Tsunagu"),
                tr("Tsunagu can now receive and send this account's mail. You can close this tab."));
}

QString OAuthText::failurePage()
{
    return page(tr("en", "the language code of this translation, for the browser"), tr("The sign-in did not finish"),
                tr("Go back to Tsunagu: it says what happened and what to do. You can close this tab."));
}

QString OAuthText::signedIn(const QString& user, const QDateTime& signedInAt, const QDateTime& renewedAt)
{
    if (!signedInAt.isValid())
        return tr("Not signed in yet.");
    QString text = tr("Signed in as %1 on %2.").arg(user, DisplayText::dateTime(signedInAt));
    if (renewedAt.isValid())
        text = Sentences::join(text, tr("Last renewed %1.").arg(DisplayText::dateTime(renewedAt)));
    return text;
}

} // namespace tsunagu
