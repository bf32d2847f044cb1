// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ReplyText.h"

#include "text/DisplayText.h"

namespace tsunagu {

QString ReplyText::action(ReplyAction action)
{
    switch (action) {
    case ReplyAction::Invite:
        return tr("Invite");
    case ReplyAction::Hold:
        return tr("Ask a question / hold");
    case ReplyAction::Refer:
        return tr("Refer to another room");
    case ReplyAction::Decline:
        return tr("Decline politely");
    case ReplyAction::Reminder:
        return tr("Reminder");
    }
    return {};
}

QString ReplyText::state(ReplyState state)
{
    switch (state) {
    case ReplyState::Draft:
        return tr("Draft");
    case ReplyState::Sending:
        return tr("Sending (check whether it arrived)");
    case ReplyState::Sent:
        return tr("Sent");
    case ReplyState::Failed:
        return tr("Not sent");
    case ReplyState::OnServer:
        return tr("Saved in the Drafts folder");
    }
    return {};
}

QString ReplyText::problem(ReplyProblem problem)
{
    switch (problem) {
    case ReplyProblem::NoRecipient:
        return tr("There is no valid address to reply to. Enter the applicant's address.");
    case ReplyProblem::NoSubject:
        return tr("The subject is empty.");
    case ReplyProblem::NoBody:
        return tr("The message is empty.");
    case ReplyProblem::UnfilledPlaceholder:
        return tr("Some parts are still marked 【未入力】 (not filled in). Write them in, or remove them.");
    case ReplyProblem::SecretNotAllowed:
        return tr("The meeting's join link, ID or passcode is in a reply that is not an invitation. Remove it, or "
                  "send an invitation instead.");
    case ReplyProblem::NoAccount:
        return tr("No mail account can send for this applicant's room. Add the SMTP server in Settings → Mail "
                  "accounts.");
    }
    return {};
}

QString ReplyText::sendError(SendError error)
{
    switch (error) {
    case SendError::Blocked:
        return tr("The reply is not ready to be sent yet.");
    case SendError::NotEditable:
        return tr("This reply is being sent in another window, or was sent already. Nothing was sent again.");
    case SendError::Unencodable:
        return tr("Some characters cannot be written in ISO-2022-JP (the account's setting for old phones). "
                  "Replace them, or send this account's replies in UTF-8.");
    case SendError::CannotConnect:
        return tr("The mail server could not be reached. Check the internet connection and try again; the reply "
                  "is kept.");
    case SendError::TlsUntrusted:
        return tr("The mail server's certificate is not trusted, so nothing was sent.");
    case SendError::TlsFailed:
        return tr("A secure connection to the mail server could not be made, so nothing was sent.");
    case SendError::CaFileUnreadable:
        return tr("The certificate file this account was set up to trust cannot be read; it may have been moved or "
                  "deleted, so nothing was sent. Put the file back, or set the account up again with its new place "
                  "or with the server's fingerprint (tsunagu account add --ca-file or --pin).");
    case SendError::StartTlsMissing:
        return tr("The mail server did not offer encryption, so nothing was sent. Check the port and security "
                  "settings of the account.");
    case SendError::LoginFailed:
        return tr("The mail server did not accept the user name or password. Enter the password again; for Gmail "
                  "it must be an app password.");
    case SendError::PasswordMissing:
        return tr("No password is saved for this account. Enter it to send.");
    case SendError::RecipientRefused:
        return tr("The mail server does not accept the applicant's address. Check the address for typing errors.");
    case SendError::MessageRefused:
        return tr("The mail server refused the message. The details below say why; the reply is kept.");
    case SendError::TryLater:
        return tr("The mail server is busy and asked to try again later. The reply is kept; send it again in a "
                  "few minutes.");
    case SendError::MailboxMissing:
        return tr("The Drafts folder was not found on the server. Name it in the account settings.");
    case SendError::ServerRefused:
        return tr("The mail server refused the request. The details below say why; the reply is kept.");
    case SendError::StoreFailed:
        return tr("Tsunagu could not record the reply. Check that the disk is not full.");
    }
    return {};
}

QStringList ReplyText::blockedReasons(const QString& detail)
{
    // The keys ReplyDrafter gives each problem (replyProblemKey in sending).
    static const QPair<const char*, ReplyProblem> s_problems[] = {
        {"no_recipient", ReplyProblem::NoRecipient},
        {"no_subject", ReplyProblem::NoSubject},
        {"no_body", ReplyProblem::NoBody},
        {"unfilled_placeholder", ReplyProblem::UnfilledPlaceholder},
        {"secret_not_allowed", ReplyProblem::SecretNotAllowed},
        {"no_account", ReplyProblem::NoAccount},
    };
    QStringList reasons;
    for (const QString& part : detail.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        QString reason;
        for (const auto& [name, problem] : s_problems) {
            if (key == QLatin1String(name))
                reason = ReplyText::problem(problem);
        }
        if (reason.isEmpty()) {
            if (key == QLatin1String("from") || key == QLatin1String("message-id domain"))
                reason = tr("The mail account's sender address is not a mail address. Enter it (or a user name that "
                            "is the full mail address) in Settings → Mail accounts.");
            else if (key.startsWith(QLatin1String("to")) || key == QLatin1String("no To or Cc address"))
                reason = tr("The applicant's reply address is not a mail address. Correct it in the reply's To field.");
            else
                reason = tr("The reply could not be put together as a mail (%1).").arg(key);
        }
        if (!reasons.contains(reason))
            reasons << reason;
    }
    return reasons;
}

QString ReplyText::warning(const QString& key)
{
    if (key == QLatin1String("sent_copy"))
        return tr("The reply was sent, but its copy could not be put in the Sent folder.");
    if (key == QLatin1String("flags"))
        return tr("The reply was sent, but the application could not be marked as answered on the server; "
                  "co-hosts may not see that it was answered.");
    if (key == QLatin1String("audit"))
        return tr("The notice was sent, but it could not be written in the audit log; the recipients will not be "
                  "listed as holding the new details.");
    return key;
}

QString ReplyText::othersAnswered(const OthersAnswer& answer)
{
    const QString who = answer.by.isEmpty() ? tr("another host") : answer.by;
    if (answer.at.isValid())
        return tr("This application was already answered by %1 on %2. Send your reply anyway?")
            .arg(who, DisplayText::dateTime(answer.at));
    return tr("This application is already marked as answered on the mail server (by %1). Send your reply anyway?")
        .arg(who);
}

} // namespace tsunagu
