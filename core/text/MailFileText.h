// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/MailFile.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// Why a mail file was not imported, in one sentence the window and the command line both say.
class MailFileText
{
    Q_DECLARE_TR_FUNCTIONS(MailFileText)

public:
    // `name` is the file's name as the host gave it; `cap` the size cap in bytes.
    static QString problem(MailFileProblem problem, const QString& name, qint64 cap = MailFile::s_defaultCap);
};

} // namespace tsunagu
