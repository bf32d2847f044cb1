// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QString>
#include <QVector>

namespace tsunagu {

// Which contact an applicant's 紹介元 names, by the contact's referral code (as printed on its posters) or its
// organisation's name. Applicants write the source freely ("みどり台クリニックのポスター", "ＭＤ−０１",
// "保健所で聞きました"), so both sides are folded (width, case, spaces, punctuation) before comparing. Only an
// answer that names exactly one contact is given; the host links the rest by hand.
class ReferralMatcher
{
public:
    explicit ReferralMatcher(const QVector<Contact>& contacts);

    // The contact's id, or 0 when the source names none or more than one.
    qint64 match(const QString& referralSource) const;

    static QString fold(const QString& text);

private:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString code;
    };
    QVector<Entry> m_entries;
};

} // namespace tsunagu
