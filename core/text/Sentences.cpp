// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Sentences.h"

namespace tsunagu {

QString Sentences::join(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return tr("%1 %2", "two sentences one after the other; Japanese joins them without a space").arg(first, second);
}

QString Sentences::join(const QStringList& sentences)
{
    QString text;
    for (const QString& sentence : sentences)
        text = join(text, sentence);
    return text;
}

} // namespace tsunagu
