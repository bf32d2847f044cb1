// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tsunagu {

// Sentences written one after the other in the host's language: English puts a space between them, Japanese none
// (「…しました。次に…」, never 「…しました。 次に…」).
class Sentences
{
    Q_DECLARE_TR_FUNCTIONS(Sentences)

public:
    static QString join(const QString& first, const QString& second);
    // Empty sentences are left out.
    static QString join(const QStringList& sentences);
};

} // namespace tsunagu
