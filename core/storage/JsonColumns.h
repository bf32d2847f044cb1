// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"

#include <QString>
#include <QVector>

namespace tsunagu::json {

// Small lists kept as JSON text in one column; unreadable text reads as an empty list, never as an error.
// A form's fields. One field keyed `sharedKey` whose value is exactly `shared` (not empty), a value the caller keeps
// in a column of its own, is written without its value; toFields() given the same key and value puts it back.
QString fromFields(const QVector<LabelledValue>& fields, const QString& sharedKey = {}, const QString& shared = {});
QVector<LabelledValue> toFields(const QString& text, const QString& sharedKey = {}, const QString& shared = {});
QString fromHints(const QVector<Hint>& hints);
QVector<Hint> toHints(const QString& text);

} // namespace tsunagu::json
