// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/FlowedText.h"

#include <QStringList>

namespace tsunagu {

QString FlowedText::unflow(const QString& text, bool delSp)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast(); // the split's empty piece after the final line end
    QString out;
    out.reserve(text.size());
    bool joining = false; // the previous line ended with a soft break
    int joinDepth = 0;
    for (const QString& original : lines) {
        QStringView line(original);
        // RFC 3676 §4.5: quote depth is the number of leading ">".
        int depth = 0;
        while (depth < line.size() && line[depth] == QLatin1Char('>'))
            ++depth;
        QStringView content = line.mid(depth);
        // §4.4: space-stuffing.
        if (content.startsWith(QLatin1Char(' ')))
            content = content.mid(1);
        // §4.3: the signature separator "-- " is never flowed.
        const bool signature = content == QLatin1String("-- ");
        const bool soft = !signature && content.endsWith(QLatin1Char(' '));
        if (joining && depth != joinDepth)
            out.append(QLatin1Char('\n')); // §4.5: a quote-depth change ends the paragraph
        if (!joining || depth != joinDepth) {
            for (int k = 0; k < depth; ++k)
                out.append(QLatin1Char('>'));
            if (depth > 0)
                out.append(QLatin1Char(' '));
        }
        if (soft) {
            out.append(delSp ? content.chopped(1) : content);
            joining = true;
            joinDepth = depth;
        } else {
            out.append(content);
            out.append(QLatin1Char('\n'));
            joining = false;
        }
    }
    if (out.endsWith(QLatin1Char('\n')) && !text.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

} // namespace tsunagu
