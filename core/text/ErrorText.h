// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// What happened and what to do next, in plain words, for each store error.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString title(StoreError error);
    // `location` is the profile folder (or file) the error is about.
    static QString explanation(StoreError error, const QString& location);

private:
    // Names what holds the profile's lock (the window, or which command, and its process id).
    static QString lockedExplanation(const QString& directory);
};

} // namespace tsunagu
