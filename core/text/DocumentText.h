// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DocumentError.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// Why a document was not written, in plain words, for the window and the command line.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentText)

public:
    // One sentence or two: what happened to `path` and what to do. `detail` is the system's reason, shown after.
    static QString failure(DocumentError error, const QString& path, const QString& detail);
};

} // namespace tsunagu
