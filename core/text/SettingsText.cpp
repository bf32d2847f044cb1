// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/SettingsText.h"

namespace tsunagu {

QString SettingsText::roomProblem(RoomProblem problem)
{
    switch (problem) {
    case RoomProblem::NoCode:
        return tr("Give the room a short code, such as D or DA.");
    case RoomProblem::CodeTaken:
        return tr("Another room already has this code. Choose a different one.");
    case RoomProblem::CodeSpaces:
        return tr("A room code cannot contain spaces.");
    case RoomProblem::NoName:
        return tr("Give the room a name.");
    case RoomProblem::FormUrlInvalid:
        return tr("The application form address must be a web address starting with https://.");
    case RoomProblem::ChatLinkInvalid:
        return tr("The chat link must be a web address starting with https://.");
    case RoomProblem::ReceptionInvalid:
        return tr("The reception address is not a mail address.");
    case RoomProblem::DeadlineOutOfRange:
        return tr("The reply deadline must be between 1 and %1 days.").arg(s_maxReplyDeadlineDays);
    case RoomProblem::MinimumMinutesOutOfRange:
        return tr("The minimum stay for a Zoom participant to be counted must be between 0 and %1 minutes.")
            .arg(s_maxMinimumMinutes);
    }
    return {};
}

QString SettingsText::hostProblem(HostProblem problem)
{
    switch (problem) {
    case HostProblem::NoName:
        return tr("Give the host a name (a handle is fine).");
    case HostProblem::NameTaken:
        return tr("Another host already has this name. Choose a different one.");
    }
    return {};
}

QStringList SettingsText::themeKeys()
{
    return {QStringLiteral("alcohol"),  QStringLiteral("drugs"),  QStringLiteral("gambling"),
            QStringLiteral("gaming"),   QStringLiteral("eating"), QStringLiteral("kleptomania"),
            QStringLiteral("ikizurasa")};
}

QString SettingsText::theme(const QString& key)
{
    if (key == QLatin1String("alcohol"))
        return tr("Alcohol");
    if (key == QLatin1String("drugs"))
        return tr("Drugs");
    if (key == QLatin1String("gambling"))
        return tr("Gambling");
    if (key == QLatin1String("gaming"))
        return tr("Gaming");
    if (key == QLatin1String("eating"))
        return tr("Eating disorders");
    if (key == QLatin1String("kleptomania"))
        return tr("Kleptomania");
    if (key == QLatin1String("ikizurasa"))
        return tr("Difficulty living (ikizurasa)");
    return key;
}

} // namespace tsunagu
