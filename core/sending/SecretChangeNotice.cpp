// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/SecretChangeNotice.h"

#include "mail/mime/AddressValidator.h"
#include "replies/ReplyContextBuilder.h"
#include "sending/ReplyDrafter.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/ReplyRepository.h"

namespace tsunagu {
namespace {

// The notice is in the language of the rooms' mail; the invitation under it comes from the room's own template.
const char16_t* const s_subject = u"【お知らせ】参加用のリンク・パスコードが変わりました";
const char16_t* const s_opening = u"以前お送りした参加用のリンク・ミーティングID・パスコードは使えなくなりました。"
                                  u"新しいものを下にお送りします。ほかの方には伝えないでください。";
const char16_t* const s_closing = u"このメールは、以前の参加用の情報をお送りした方に、まとめてお送りしています。"
                                  u"ご不明な点があれば、このメールにご返信ください。";

// The room's new details under the notice's first paragraph, as an invitation names them. One text for everyone, so
// nothing personal: no name, no times in someone's own time zone.
QString detailsBlock(const RenderContext& context)
{
    static const std::pair<const char*, const char16_t*> s_lines[] = {
        {"room_name", u"ルーム"},       {"chat_link", u"チャット"},        {"meeting_name", u"ミーティング"},
        {"join_link", u"参加用リンク"}, {"meeting_id", u"ミーティングID"}, {"passcode", u"パスコード"},
    };
    QStringList lines;
    for (const auto& [key, label] : s_lines) {
        const QString value = context.values.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            lines << QString::fromUtf16(label) + QStringLiteral(": ") + value;
    }
    return lines.join(QLatin1Char('\n'));
}

bool looksLikeAddress(const QString& address)
{
    return AddressValidator::isValidAddress(address) && AddressValidator::domainOf(address).contains(QLatin1Char('.'));
}

} // namespace

StoreResult<SecretChangeNotice::BccNotice> SecretChangeNotice::composeBcc(qint64 roomId, const QVector<qint64>& holders,
                                                                          qint64 seriesId) const
{
    BccNotice notice;
    notice.roomId = roomId;
    notice.seriesId = seriesId;
    ApplicantRepository applicants(m_database, m_clock);
    BlockedAddressRepository blocked(m_database);
    for (const qint64 applicantId : holders) {
        auto applicant = applicants.byId(applicantId);
        if (!applicant)
            return applicant.error();
        Recipient recipient;
        recipient.applicantId = applicantId;
        recipient.anonymousName = applicant->anonymousName;
        const QString address = applicant->replyAddress.trimmed();
        if (!looksLikeAddress(address)) {
            notice.leftOut.append(recipient);
            continue;
        }
        auto isBlocked = blocked.isBlocked(address);
        if (!isBlocked)
            return isBlocked.error();
        if (isBlocked.value()) {
            recipient.reason = LeftOut::Blocked;
            notice.leftOut.append(recipient);
            continue;
        }
        recipient.address = address;
        notice.recipients.append(recipient);
    }
    notice.subject = QString::fromUtf16(s_subject);
    if (notice.recipients.isEmpty())
        return notice;
    // Every holder is of this room: the first one's invitation values are the room's.
    const qint64 first = notice.recipients.first().applicantId;
    auto context = ReplyContextBuilder(m_database, m_clock)
                       .build(first, ReplyAction::Invite, 0, 0, QStringLiteral("ja"), seriesId);
    if (!context)
        return context.error();
    for (const char* key : {"chat_link", "join_link", "meeting_id", "passcode"})
        notice.includesSecrets =
            notice.includesSecrets || !context->values.value(QLatin1String(key)).trimmed().isEmpty();
    notice.body = QString::fromUtf16(s_opening) + QStringLiteral("\n\n") + detailsBlock(context.value()) +
                  QStringLiteral("\n\n") + QString::fromUtf16(s_closing);
    if (auto addressing = ReplyDrafter(m_database, m_clock).addressingFor(first))
        notice.account = addressing->account;
    return notice;
}

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
                                                                      qint64 hostId, qint64 seriesId)
{
    if (auto recorded = recordChange(roomId, hostId); !recorded)
        return recorded.error();
    return prepareDrafts(holders, hostId, seriesId);
}

StoreResult<SecretChangeNotice::Prepared> SecretChangeNotice::prepareDrafts(const QVector<qint64>& holders,
                                                                            qint64 hostId, qint64 seriesId)
{
    ReplyDrafter drafter(m_database, m_clock);
    ReplyRepository replies(m_database, m_clock);
    Prepared prepared;
    for (const qint64 applicantId : holders) {
        DraftRequest request;
        request.applicantId = applicantId;
        request.action = ReplyAction::Invite;
        request.hostId = hostId;
        request.seriesId = seriesId;
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
