// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"

#include <QString>
#include <QVector>

namespace tsunagu {

// Adds a note once, and no more than a screenful: a hostile mail can have a problem in every one of 100k
// encoded-words, and the host needs to know that the mail is uncertain, not each instance.
class DecodingNotes
{
public:
    static constexpr int kMax = 40;

    static void add(QVector<DecodingNote>* notes, const QString& where, const QString& what)
    {
        if (!notes || what.isEmpty() || notes->size() > kMax)
            return;
        for (const DecodingNote& note : std::as_const(*notes)) {
            if (note.where == where && note.what == what)
                return;
        }
        if (notes->size() == kMax)
            notes->append(DecodingNote{QStringLiteral("message"), QStringLiteral("more problems not listed")});
        else
            notes->append(DecodingNote{where, what});
    }
};

} // namespace tsunagu
