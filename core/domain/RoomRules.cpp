// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RoomRules.h"

#include <QRegularExpression>
#include <QUrl>

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

} // namespace tsunagu
