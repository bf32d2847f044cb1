// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tsunagu {

// Why a reply cannot go out as it is. The UI words each one; none of them is ever sent anyway.
enum class ReplyProblem
{
    NoRecipient, // no reply address, or not an address
    NoSubject,
    NoBody,
    UnfilledPlaceholder, // a 【未入力: …】 marker (or {{…}}) is still in the text
    SecretNotAllowed,    // meeting secrets in a reply that is not an invitation
    NoAccount,           // the applicant's room receives on no mail account that can send
};

// What keeps a reply from going out, or what went wrong on the way. The UI words each code; detail is technical
// (server text) and never holds a password, the reply's text or a meeting secret.
enum class SendError
{
    Blocked,       // the reply has problems (see ReplyDrafter::problems): nothing was sent
    NotEditable,   // another window is sending it or it was sent already: nothing was sent
    Unencodable,   // a character cannot be written in the account's charset (ISO-2022-JP): nothing was sent
    CannotConnect, // server unreachable, timeout, connection lost
    TlsUntrusted,  // the certificate is not trusted: `certificate` has what the host decides on
    TlsFailed,
    CaFileUnreadable, // the certificate file the account trusts cannot be read (moved, deleted): nothing was sent
    StartTlsMissing,  // the server does not offer the encryption the account requires
    LoginFailed,      // user name or password refused
    PasswordMissing,
    RecipientRefused, // the server does not accept the applicant's address
    MessageRefused,   // the server refused the message (content, size, policy)
    TryLater,         // a temporary refusal (4xx): try again later
    MailboxMissing,   // the Drafts folder was not found
    ServerRefused,    // anything else the server refused
    StoreFailed,      // the profile could not record it
};

// Whether another host answered the applicant already, read from the server before sending: the original's flags
// (\Answered, $Tsunagu…) and the copy in Sent that answers it.
struct OthersAnswer
{
    bool answered = false;
    QStringList flags;
    QString by;         // who: the X-Tsunagu-Host of the Sent copy, else its From
    QDateTime at;       // when: the Sent copy's Date
    bool known = false; // the original could be found on the server at all
};

} // namespace tsunagu
