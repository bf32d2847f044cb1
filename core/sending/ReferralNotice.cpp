// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/ReferralNotice.h"

#include "storage/ApplicantRepository.h"
#include "storage/ReplyRepository.h"
#include "storage/SqlSupport.h"

#include <QTimeZone>

namespace tsunagu {
namespace {

QString valueOf(const Applicant& a, const QString& key)
{
    if (key == QLatin1String("anonymous_name"))
        return a.anonymousName;
    if (key == QLatin1String("category")) {
        switch (a.category) {
        case Category::Person:
            return QStringLiteral("本人");
        case Category::Family:
            return QStringLiteral("家族");
        case Category::Supporter:
            return QStringLiteral("支援者");
        case Category::Other:
            return QStringLiteral("その他");
        case Category::Unknown:
            return {};
        }
    }
    if (key == QLatin1String("age_band"))
        return a.ageBand;
    if (key == QLatin1String("gender"))
        return a.genderAsWritten;
    if (key == QLatin1String("region"))
        return a.region;
    if (key == QLatin1String("concern"))
        return a.concern;
    if (key == QLatin1String("introduction"))
        return a.introduction;
    if (key == QLatin1String("reply_address"))
        return a.replyAddress;
    return {};
}

} // namespace

QStringList ReferralNotice::shareableFields()
{
    return {QStringLiteral("anonymous_name"), QStringLiteral("category"),     QStringLiteral("age_band"),
            QStringLiteral("gender"),         QStringLiteral("region"),       QStringLiteral("concern"),
            QStringLiteral("introduction"),   QStringLiteral("reply_address")};
}

QString ReferralNotice::fieldLabel(const QString& key)
{
    if (key == QLatin1String("anonymous_name"))
        return QStringLiteral("呼び名");
    if (key == QLatin1String("category"))
        return QStringLiteral("区分");
    if (key == QLatin1String("age_band"))
        return QStringLiteral("年代");
    if (key == QLatin1String("gender"))
        return QStringLiteral("性別（ご本人の記載）");
    if (key == QLatin1String("region"))
        return QStringLiteral("地域");
    if (key == QLatin1String("concern"))
        return QStringLiteral("お困りのこと");
    if (key == QLatin1String("introduction"))
        return QStringLiteral("自己紹介");
    if (key == QLatin1String("reply_address"))
        return QStringLiteral("連絡先メールアドレス");
    return key;
}

StoreResult<ReferralNotice::Built> ReferralNotice::build(Database& database, const Clock& clock, qint64 referralId,
                                                         const MailAddress& from, const QString& hostName)
{
    auto facts = ReplyRepository(database, clock).referralFacts(referralId);
    if (!facts)
        return facts.error();
    const qint64 applicantId = facts->applicantId;
    const bool consent = facts->consent;
    const QString toRoom = facts->toRoomName;
    const QString reception = facts->toRoomReception;
    const QString fromRoom = facts->fromRoomName;
    if (!consent)
        return StoreFailure{StoreError::NotFound, QStringLiteral("the applicant did not agree to share anything")};
    if (reception.isEmpty())
        return StoreFailure{StoreError::NotFound, QStringLiteral("the other room has no reception address")};
    auto referrals = ReplyRepository(database, clock).referralsOf(applicantId);
    if (!referrals)
        return referrals.error();
    QStringList shared;
    for (const Referral& r : referrals.value()) {
        if (r.id == referralId)
            shared = r.sharedFields;
    }
    auto applicant = ApplicantRepository(database, clock).byId(applicantId);
    if (!applicant)
        return applicant.error();

    QStringList lines;
    lines << QStringLiteral("%1 受付ご担当の方").arg(toRoom) << QString();
    lines << QStringLiteral("%1の受付の%2です。").arg(fromRoom, hostName.isEmpty() ? QStringLiteral("担当") : hostName);
    lines << QStringLiteral("%1へのご参加が合いそうな方から%2にお申し込みがありましたので、ご本人の同意を得て"
                            "ご紹介いたします。")
                 .arg(toRoom, fromRoom);
    lines << QStringLiteral("ご本人には%1のご案内と申し込み方法をお伝えしています。").arg(toRoom) << QString();
    lines << QStringLiteral("■ ご本人が共有に同意された内容");
    Built built;
    for (const QString& key : shareableFields()) {
        if (!shared.contains(key))
            continue;
        const QString value = valueOf(applicant.value(), key).trimmed();
        if (value.isEmpty())
            continue;
        lines << QStringLiteral("%1: %2").arg(fieldLabel(key), value);
        built.sharedFields << key;
    }
    if (built.sharedFields.isEmpty())
        lines << QStringLiteral("（共有する項目はありません）");
    lines << QString() << QStringLiteral("どうぞよろしくお願いいたします。") << hostName;

    built.toAddress = reception;
    built.mail.from = from;
    built.mail.to = {{QString(), reception}};
    built.mail.subject = QStringLiteral("【ご紹介】%1から%2へ").arg(fromRoom, toRoom);
    built.mail.body = lines.join(QLatin1Char('\n'));
    built.mail.date = clock.now().toTimeZone(QTimeZone("Asia/Tokyo"));
    return built;
}

} // namespace tsunagu
