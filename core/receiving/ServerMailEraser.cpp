// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiving/ServerMailEraser.h"

#include "mail/account/AccountEndpoints.h"
#include "mail/imap/ImapSession.h"

#include <map>

namespace tsunagu {

ServerMailEraser::ServerMailEraser(MailSocketFactory sockets, QObject* parent)
    : QObject(parent)
    , m_sockets(std::move(sockets))
{}

ServerMailEraser::~ServerMailEraser()
{
    if (m_imap)
        m_imap->abort();
}

void ServerMailEraser::erase(const MailAccount& account, const QString& password,
                             const QVector<ServerMailPosition>& positions, std::function<void(Result)> done)
{
    m_done = std::move(done);
    m_result = Result{};
    m_index = 0;
    std::map<QPair<QString, qint64>, QVector<ServerMailPosition>> groups;
    for (const ServerMailPosition& position : positions) {
        if (position.accountId == account.id)
            groups[{position.mailbox, position.uidValidity}].append(position);
    }
    m_byMailbox.clear();
    for (auto& [key, group] : groups)
        m_byMailbox.append(group);
    if (m_byMailbox.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    m_imap = new ImapSession(m_sockets, this);
    m_imap->connectToServer(imapEndpoint(account), password, [this](ImapResult<ImapServerInfo> connected) {
        if (!connected) {
            m_result.outcome = Outcome::Failed;
            m_result.error = connected.error();
            for (const auto& group : std::as_const(m_byMailbox))
                m_result.left += group.size();
            finish();
            return;
        }
        if (!connected->hasCapability("UIDPLUS")) {
            m_result.outcome = Outcome::NoUidPlus;
            for (const auto& group : std::as_const(m_byMailbox))
                m_result.left += group.size();
            m_imap->logout([](ImapDone) {});
            finish();
            return;
        }
        nextMailbox();
    });
}

void ServerMailEraser::nextMailbox()
{
    if (m_index >= m_byMailbox.size()) {
        m_imap->logout([](ImapDone) {});
        finish();
        return;
    }
    const QVector<ServerMailPosition> group = m_byMailbox.at(m_index++);
    m_imap->select(group.first().mailbox, [this, group](ImapResult<MailboxInfo> box) {
        if (!box) {
            m_result.outcome = Outcome::Failed;
            m_result.error = box.error();
            m_result.left += group.size();
            nextMailbox();
            return;
        }
        if (qint64(box->uidValidity) != group.first().uidValidity) {
            if (m_result.outcome == Outcome::Deleted)
                m_result.outcome = Outcome::MailboxRenumbered;
            m_result.left += group.size();
            nextMailbox();
            return;
        }
        std::vector<quint32> uids;
        for (const ServerMailPosition& position : group)
            uids.push_back(position.uid);
        m_imap->deleteMessages(uids, [this, group](ImapDone deleted) {
            if (!deleted) {
                m_result.outcome = Outcome::Failed;
                m_result.error = deleted.error();
                m_result.left += group.size();
            } else {
                m_result.deleted += group.size();
            }
            nextMailbox();
        });
    });
}

void ServerMailEraser::finish()
{
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(m_result);
    }
}

} // namespace tsunagu
