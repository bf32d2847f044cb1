// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace tsunagu {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 hostId = 0;
    QString action;      // stable key, e.g. "applicant.status"
    QString subjectKind; // "applicant", "room", …
    qint64 subjectId = 0;
    QString detail; // never personal data or secrets
};

} // namespace tsunagu
