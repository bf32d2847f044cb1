// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tsunagu {

// What the host narrows the directory to. Every part left empty lets every contact through.
struct ContactFilter
{
    std::optional<ContactKind> kind;
    QString region; // matches the prefecture or the city, from the start ("大阪" finds 大阪府 and 大阪市)
    qint64 roomId = 0;
    bool staleOnly = false; // no contact for staleMonths (or never)
    int staleMonths = 6;
    bool noPosterOnly = false;    // no poster delivered yet
    bool followUpDueOnly = false; // next follow-up today or earlier
    QString text;                 // any of organisation, person, city, notes, code (case and width folded)

    bool isEmpty() const
    {
        return !kind && region.isEmpty() && roomId == 0 && !staleOnly && !noPosterOnly && !followUpDueOnly &&
               text.isEmpty();
    }
    bool matches(const ContactRow& row, const QDate& today) const;
};

// Folds width and case (NFKC, case folded, spaces dropped) so that "ＡＢＣ クリニック" finds "abcクリニック".
QString foldForSearch(const QString& text);

} // namespace tsunagu
