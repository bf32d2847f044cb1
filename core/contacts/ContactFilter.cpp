// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactFilter.h"

namespace tsunagu {

QString foldForSearch(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.removeIf([](QChar c) { return c.isSpace(); });
    return folded;
}

bool ContactFilter::matches(const ContactRow& row, const QDate& today) const
{
    const Contact& c = row.contact;
    if (kind && c.kind != *kind)
        return false;
    if (!region.isEmpty()) {
        const QString wanted = foldForSearch(region);
        if (!foldForSearch(c.region).startsWith(wanted) && !foldForSearch(c.city).startsWith(wanted))
            return false;
    }
    if (roomId != 0 && !c.roomIds.contains(roomId))
        return false;
    if (staleOnly && c.lastContactOn.isValid() && c.lastContactOn > today.addMonths(-staleMonths))
        return false;
    if (noPosterOnly && row.postersDelivered > 0)
        return false;
    if (followUpDueOnly && (!c.nextFollowUpOn.isValid() || c.nextFollowUpOn > today))
        return false;
    if (!text.isEmpty()) {
        const QString wanted = foldForSearch(text);
        const QString haystack = foldForSearch(c.organisation + QLatin1Char('\n') + c.person + QLatin1Char('\n') +
                                               c.region + c.city + QLatin1Char('\n') + c.roleNotes + QLatin1Char('\n') +
                                               c.notes + QLatin1Char('\n') + c.referralCode);
        if (!haystack.contains(wanted))
            return false;
    }
    return true;
}

} // namespace tsunagu
