// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RoomRules.h"

#include <QPair>
#include <QRegularExpression>

#include <QUrl>
#include <algorithm>

namespace tsunagu {
namespace {

bool isWebAddress(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

bool isMailAddress(const QString& text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return address.match(text.trimmed()).hasMatch();
}

} // namespace

QVector<RoomProblem> roomProblems(const Room& room, const QStringList& otherCodes)
{
    QVector<RoomProblem> problems;
    const QString code = room.code.trimmed();
    if (code.isEmpty())
        problems << RoomProblem::NoCode;
    else if (code.contains(QRegularExpression(QStringLiteral("\\s"))))
        problems << RoomProblem::CodeSpaces;
    else if (otherCodes.contains(code, Qt::CaseInsensitive))
        problems << RoomProblem::CodeTaken;
    if (room.name.trimmed().isEmpty())
        problems << RoomProblem::NoName;
    if (!room.applicationFormUrl.trimmed().isEmpty() && !isWebAddress(room.applicationFormUrl))
        problems << RoomProblem::FormUrlInvalid;
    if (!room.chatLink.trimmed().isEmpty() && !isWebAddress(room.chatLink))
        problems << RoomProblem::ChatLinkInvalid;
    if (!room.receptionAddress.trimmed().isEmpty() && !isMailAddress(room.receptionAddress))
        problems << RoomProblem::ReceptionInvalid;
    if (room.replyDeadlineDays < 1 || room.replyDeadlineDays > s_maxReplyDeadlineDays)
        problems << RoomProblem::DeadlineOutOfRange;
    if (room.minimumMinutes < 0 || room.minimumMinutes > s_maxMinimumMinutes)
        problems << RoomProblem::MinimumMinutesOutOfRange;
    return problems;
}

QVector<HostProblem> hostProblems(const Host& host, const QStringList& otherNames)
{
    QVector<HostProblem> problems;
    const QString name = host.displayName.trimmed();
    if (name.isEmpty())
        problems << HostProblem::NoName;
    else if (otherNames.contains(name))
        problems << HostProblem::NameTaken;
    return problems;
}

QVector<Host> hostsOfRoom(const QVector<Host>& hosts, const QString& roomCode)
{
    QVector<Host> serving;
    for (const Host& host : hosts) {
        if (!roomCode.isEmpty() && host.roomCodes.contains(roomCode))
            serving << host;
    }
    return serving;
}

qint64 defaultHostFor(const QVector<Host>& hosts, const QString& roomCode)
{
    const QVector<Host> serving = hostsOfRoom(hosts, roomCode);
    if (serving.size() == 1)
        return serving.first().id;
    if (serving.isEmpty() && hosts.size() == 1)
        return hosts.first().id;
    return 0;
}

QStringList themesOfConcern(const QString& concern)
{
    static const QVector<QPair<QString, QStringList>> words = {
        {QStringLiteral("alcohol"),
         {QStringLiteral("アルコール"), QStringLiteral("お酒"), QStringLiteral("酒"), QStringLiteral("飲酒"),
          QStringLiteral("alcohol"), QStringLiteral("drinking")}},
        {QStringLiteral("drugs"),
         {QStringLiteral("薬物"), QStringLiteral("クスリ"), QStringLiteral("薬"), QStringLiteral("ドラッグ"),
          QStringLiteral("大麻"), QStringLiteral("覚醒剤"), QStringLiteral("drug")}},
        {QStringLiteral("gambling"),
         {QStringLiteral("ギャンブル"), QStringLiteral("パチンコ"), QStringLiteral("パチスロ"), QStringLiteral("競馬"),
          QStringLiteral("競艇"), QStringLiteral("賭"), QStringLiteral("gambling")}},
        {QStringLiteral("gaming"), {QStringLiteral("ゲーム"), QStringLiteral("gaming"), QStringLiteral("game")}},
        {QStringLiteral("eating"),
         {QStringLiteral("摂食"), QStringLiteral("過食"), QStringLiteral("拒食"), QStringLiteral("食べ"),
          QStringLiteral("嘔吐"), QStringLiteral("eating")}},
        {QStringLiteral("kleptomania"),
         {QStringLiteral("万引"), QStringLiteral("窃盗"), QStringLiteral("クレプト"), QStringLiteral("盗"),
          QStringLiteral("kleptomania"), QStringLiteral("shoplifting")}},
    };
    QStringList themes;
    for (const auto& [theme, list] : words) {
        for (const QString& word : list) {
            if (concern.contains(word, Qt::CaseInsensitive)) {
                themes << theme;
                break;
            }
        }
    }
    return themes;
}

QVector<Room> referralCandidates(const QVector<Room>& rooms, const Applicant& applicant)
{
    const QStringList themes = themesOfConcern(applicant.concern);
    auto audienceFits = [&applicant](const Room& room) {
        if (applicant.category == Category::Family)
            return room.audience == Audience::Families || room.audience == Audience::Open;
        if (applicant.category == Category::Person)
            return room.audience != Audience::Families;
        return true;
    };
    auto rank = [&](const Room& room) {
        if (room.status == RoomStatus::Paused)
            return 3;
        const bool themeFits = themes.isEmpty() || themes.contains(room.theme);
        if (themeFits && audienceFits(room))
            return 0;
        return themeFits ? 1 : 2;
    };
    QVector<Room> candidates;
    for (const Room& room : rooms) {
        if (room.id != applicant.roomId || room.id == 0)
            candidates << room;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&rank](const Room& a, const Room& b) { return rank(a) < rank(b); });
    return candidates;
}

} // namespace tsunagu
