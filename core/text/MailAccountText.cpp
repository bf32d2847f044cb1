// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/MailAccountText.h"

#include "text/DisplayText.h"

namespace tsunagu {

QString MailAccountText::provider(MailProvider provider)
{
    switch (provider) {
    case MailProvider::Generic:
        return tr("Other mail service (IMAP)");
    case MailProvider::Gmail:
        return tr("Gmail");
    case MailProvider::ProtonBridge:
        return tr("Proton Mail (Bridge)");
    case MailProvider::Outlook:
        return tr("Outlook.com / Hotmail");
    }
    return {};
}

QString MailAccountText::providerNote(MailProvider provider)
{
    switch (provider) {
    case MailProvider::Generic:
        return tr("Fill in the server your mail service gives for IMAP. Most services use implicit TLS on port 993.");
    case MailProvider::Gmail:
        return tr("Gmail does not accept your usual password from mail programs. Turn on 2-Step Verification in "
                  "your Google Account, then create an app password (Google Account → Security → 2-Step "
                  "Verification → App passwords) and enter its 16 letters below. The user name is your full Gmail "
                  "address. Or sign in with Google instead of an app password.");
    case MailProvider::ProtonBridge:
        return tr("Proton Mail Bridge must be installed and running on this computer. Use the user name and the "
                  "password that Bridge shows for this address, not your Proton password. Bridge uses its own "
                  "certificate: at the first sync Tsunagu shows its fingerprint, and once you confirm it, it is "
                  "remembered for this account.");
    case MailProvider::Outlook:
        return tr("Outlook.com, Hotmail and MSN only let mail programs in through Microsoft sign-in: no password is "
                  "entered here. Save the account, then press Sign in and sign in to Microsoft in the browser "
                  "(on the command line: --oauth microsoft, then tsunagu account sign-in).");
    }
    return {};
}

QString MailAccountText::security(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return tr("Implicit TLS (usually port 993)");
    case MailSecurity::StartTls:
        return tr("STARTTLS (usually port 143)");
    case MailSecurity::PlainLocal:
        return tr("No encryption (only for a server on this computer)");
    }
    return {};
}

QString MailAccountText::smtpSecurity(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return tr("Implicit TLS (usually port 465)");
    case MailSecurity::StartTls:
        return tr("STARTTLS (usually port 587)");
    case MailSecurity::PlainLocal:
        return tr("No encryption (only for a server on this computer)");
    }
    return {};
}

QString MailAccountText::issue(MailAccountIssue issue)
{
    switch (issue) {
    case MailAccountIssue::NameMissing:
        return tr("Give the account a name, for example \"Room D intake\".");
    case MailAccountIssue::HostMissing:
        return tr("Enter the IMAP server, for example imap.example.org.");
    case MailAccountIssue::PortOutOfRange:
        return tr("The port must be a number from 1 to 65535.");
    case MailAccountIssue::UserMissing:
        return tr("Enter the user name, usually the full mail address.");
    case MailAccountIssue::FolderMissing:
        return tr("Enter the folder the applications arrive in, usually INBOX.");
    case MailAccountIssue::PlainNotLocal:
        return tr("Without encryption, the password and the applications would cross the network readable by "
                  "anyone. No encryption is only allowed for a server on this computer (127.0.0.1 or localhost). "
                  "Choose implicit TLS or STARTTLS.");
    case MailAccountIssue::NeedsMicrosoftSignIn:
        return tr("Outlook.com, Hotmail and MSN accept no password from mail programs since September 2024, only "
                  "Microsoft sign-in: choose Sign in (on the command line: --oauth microsoft).");
    }
    return {};
}

QString MailAccountText::problem(MailAccountProblem problem)
{
    switch (problem) {
    case MailAccountProblem::None:
        return {};
    case MailAccountProblem::CannotConnect:
        return tr("Tsunagu could not reach the mail server. Check the internet connection and the server name and "
                  "port, then try again.");
    case MailAccountProblem::TlsUntrusted:
        return tr("The mail server's certificate could not be checked, so nothing was sent to it. If the server is "
                  "your own (for example Proton Mail Bridge), confirm its fingerprint when Tsunagu asks.");
    case MailAccountProblem::CertificateChanged:
        return tr("The mail server shows a different certificate than the one you confirmed before, so nothing was "
                  "sent to it. Ask whoever runs the server whether it was renewed before you trust the new one.");
    case MailAccountProblem::LoginFailed:
        return tr("The mail server did not accept the user name or password. Enter the password again; for Gmail "
                  "it must be an app password.");
    case MailAccountProblem::PasswordMissing:
        return tr("No password is saved for this account. Enter it in the account settings.");
    case MailAccountProblem::MailboxMissing:
        return tr("The folder does not exist on the mail server. Check the folder name in the account settings.");
    case MailAccountProblem::CaFileUnreadable:
        return tr("The certificate file this account was set up to trust cannot be read; it may have been moved or "
                  "deleted, so nothing was sent to the server. Put the file back, or set the account up again with "
                  "its new place or with the server's fingerprint (tsunagu account add --ca-file or --pin).");
    case MailAccountProblem::ServerRefused:
        return tr("The mail server refused a request. Try again later; if it keeps happening, check the account "
                  "settings.");
    case MailAccountProblem::DiskFull:
        return tr("The disk that holds Tsunagu's data is full, so the new mail could not be kept. Nothing was lost: "
                  "the mail stays on the server. Free some space on that disk and receive again.");
    case MailAccountProblem::Other:
        return tr("Receiving mail failed. Try again later; the details may help whoever helps you.");
    }
    return {};
}

QString MailAccountText::secretError(SecretError error)
{
    switch (error) {
    case SecretError::NotFound:
        return tr("No password is saved for this account.");
    case SecretError::Unavailable:
        return tr("No keychain is available on this computer.");
    case SecretError::Denied:
        return tr("The keychain refused to keep the password.");
    case SecretError::Failed:
        return tr("The keychain could not keep the password.");
    case SecretError::SignInAgain:
        return tr(
            "Please sign in again: the sign-in for this account is no longer accepted (it was withdrawn or has "
            "expired). Use Sign in in the account settings, or run tsunagu account sign-in with the account's name.");
    }
    return {};
}

QString MailAccountText::sessionOnly()
{
    return tr("The password is kept only until Tsunagu closes, because no keychain is available on this computer. "
              "You will be asked for it again next time.");
}

QString MailAccountText::certificateTitle(bool changed)
{
    return changed ? tr("The mail server's certificate has changed") : tr("Trust this mail server's certificate?");
}

QString MailAccountText::certificateQuestion(const MailAccount& account, const CertificateInfo& certificate,
                                             bool changed)
{
    QString text;
    if (changed) {
        text = tr("Warning: the mail server of \"%1\" (%2) now shows a different certificate from the one you trusted "
                  "before. This happens when a certificate is renewed, but it can also mean that someone is "
                  "listening in on the connection. Trust it only if whoever runs the server confirms this "
                  "fingerprint.")
                   .arg(account.name, account.imapHost);
    } else {
        text = tr("Tsunagu cannot confirm that the mail server of \"%1\" (%2) is who it says it is, so no password "
                  "was sent. If the server is your own (for example Proton Mail Bridge), or whoever runs it gave "
                  "you this fingerprint, you can trust it. Tsunagu then remembers exactly this certificate.")
                   .arg(account.name, account.imapHost);
    }
    text += QStringLiteral("\n\n") + tr("Issued to: %1").arg(certificate.subject);
    text += QLatin1Char('\n') + tr("Issued by: %1").arg(certificate.issuer);
    text += QLatin1Char('\n') + tr("Valid from %1 to %2")
                                    .arg(DisplayText::dateTime(certificate.notBefore.toLocalTime()),
                                         DisplayText::dateTime(certificate.notAfter.toLocalTime()));
    text += QLatin1Char('\n') + tr("SHA-256 fingerprint:") + QLatin1Char('\n') + certificate.fingerprintText();
    return text;
}

} // namespace tsunagu
