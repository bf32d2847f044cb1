// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/DefaultTemplates.h"

#include <QFile>

namespace tsunagu {

std::optional<ReplyTemplate> DefaultTemplates::find(ReplyAction action, const QString& language)
{
    QFile file(QStringLiteral(":/tsunagu/templates/") + replyActionKey(action) + QLatin1Char('.') + language +
               QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    ReplyTemplate result;
    result.action = action;
    result.language = language;
    result.subject = text.left(lineEnd).trimmed();
    QString body = lineEnd < 0 ? QString() : text.mid(lineEnd + 1);
    if (body.startsWith(QLatin1Char('\n')))
        body.remove(0, 1);
    result.body = body;
    return result;
}

QVector<ReplyTemplate> DefaultTemplates::all()
{
    QVector<ReplyTemplate> list;
    for (ReplyAction action : allReplyActions()) {
        for (const QString& language : languages()) {
            if (auto found = find(action, language))
                list.append(*found);
        }
    }
    return list;
}

} // namespace tsunagu
