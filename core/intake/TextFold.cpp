// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/TextFold.h"

namespace tsunagu {

QString foldText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toLower();
}

bool isAsciiLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

} // namespace tsunagu
