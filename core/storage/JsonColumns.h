// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"

#include <QString>
#include <QVector>

namespace tsunagu::json {

// Small lists kept as JSON text in one column; unreadable text reads as an empty list, never as an error.
QString fromFields(const QVector<LabelledValue>& fields);
QVector<LabelledValue> toFields(const QString& text);
QString fromHints(const QVector<Hint>& hints);
QVector<Hint> toHints(const QString& text);

} // namespace tsunagu::json
