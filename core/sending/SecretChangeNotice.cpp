// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/SecretChangeNotice.h"

#include "sending/ReplyDrafter.h"
#include "storage/AuditLog.h"
#include "storage/ReplyRepository.h"

namespace tsunagu {
namespace {

// The notice is in the language of the rooms' mail; the invitation under it comes from the room's own template.
const char16_t* const s_subject = u"【お知らせ】参加用のリンク・パスコードが変わりました";
const char16_t* const s_opening = u"以前お送りした参加用のリンク・ミーティングID・パスコードは使えなくなりました。"
                                  u"新しいものを下にお送りします。ほかの方には伝えないでください。";

} // namespace

StoreResult<Done> SecretChangeNotice::recordChange(qint64 roomId, qint64 hostId)
{
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.hostId = hostId;
    entry.action = QStringLiteral("secret.changed");
    entry.subjectKind = QStringLiteral("room");
    entry.subjectId = roomId;
    if (auto logged = AuditLog(m_database).record(entry); !logged)
        return logged.error();
    return Done{};
}

StoreResult<SecretChangeNotice::Prepared> SecretChangeNotice::prepare(qint64 roomId, const QVector<qint64>& holders,
                                                                      qint64 hostId)
{
    if (auto recorded = recordChange(roomId, hostId); !recorded)
        return recorded.error();
    ReplyDrafter drafter(m_database, m_clock);
    ReplyRepository replies(m_database, m_clock);
    Prepared prepared;
    for (const qint64 applicantId : holders) {
        DraftRequest request;
        request.applicantId = applicantId;
        request.action = ReplyAction::Invite;
        request.hostId = hostId;
        auto text = drafter.render(request);
        if (!text || text->toAddress.trimmed().isEmpty()) {
            prepared.notPrepared.append(applicantId);
            continue;
        }
        Reply reply;
        reply.applicantId = applicantId;
        if (auto addressing = drafter.addressingFor(applicantId))
            reply.accountId = addressing->account.id;
        reply.hostId = hostId;
        // A reminder: sending it leaves the applicant's status as it is (an invitation would move it back).
        reply.action = QStringLiteral("reminder");
        reply.toAddress = text->toAddress;
        reply.subject = QString::fromUtf16(s_subject);
        reply.body = QString::fromUtf16(s_opening) + QStringLiteral("\n\n") + text->body;
        reply.includesSecrets = !text->rendered.secretsUsed.isEmpty();
        auto id = replies.insertDraft(reply);
        if (!id)
            return id.error();
        prepared.replyIds.append(id.value());
    }
    return prepared;
}

} // namespace tsunagu
