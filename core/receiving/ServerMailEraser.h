// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "mail/imap/ImapError.h"
#include "mail/net/MailConnection.h"
#include "storage/ApplicantEraser.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace tsunagu {

class ImapSession;

// Deletes a deleted applicant's original mails on one account's server, when the host asked for it: for each
// mailbox, SELECT, then UID STORE +FLAGS (\Deleted) and UID EXPUNGE of exactly those UIDs (RFC 4315). A mailbox
// whose UIDVALIDITY changed since the mail was read is left alone (its UIDs name other messages now).
class ServerMailEraser : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Deleted,           // every mail asked for is gone from the server
        NoUidPlus,         // the server cannot delete single messages safely (no UIDPLUS): nothing was deleted
        MailboxRenumbered, // a mailbox's UIDVALIDITY changed: its mails were left; the others were deleted
        Failed,            // connection, login or the server refused: see `error`
    };
    struct Result
    {
        Outcome outcome = Outcome::Deleted;
        int deleted = 0; // messages expunged
        int left = 0;    // messages asked for and not deleted
        ImapError error{ImapErrorCode::NotConnected, {}};
    };

    ServerMailEraser(MailSocketFactory sockets, QObject* parent = nullptr);
    ~ServerMailEraser() override;

    // `positions` of this account only. `done` is called once, from the event loop.
    void erase(const MailAccount& account, const QString& password, const QVector<ServerMailPosition>& positions,
               std::function<void(Result)> done);

private:
    void nextMailbox();
    void finish();

    MailSocketFactory m_sockets;
    QPointer<ImapSession> m_imap;
    QVector<QVector<ServerMailPosition>> m_byMailbox;
    int m_index = 0;
    Result m_result;
    std::function<void(Result)> m_done;
};

} // namespace tsunagu
