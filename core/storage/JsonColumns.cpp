// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/JsonColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsunagu::json {
namespace {

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

QString fromFields(const QVector<LabelledValue>& fields)
{
    QJsonArray array;
    for (const LabelledValue& field : fields) {
        array.append(QJsonObject{{QStringLiteral("label"), field.label},
                                 {QStringLiteral("value"), field.value},
                                 {QStringLiteral("key"), field.key}});
    }
    return compact(array);
}

QVector<LabelledValue> toFields(const QString& text)
{
    QVector<LabelledValue> fields;
    for (const QJsonValue& value : parse(text)) {
        const QJsonObject o = value.toObject();
        fields.append({o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("value")).toString(),
                       o.value(QStringLiteral("key")).toString()});
    }
    return fields;
}

QString fromHints(const QVector<Hint>& hints)
{
    QJsonArray array;
    for (const Hint& hint : hints)
        array.append(QJsonObject{{QStringLiteral("kind"), hint.kind}, {QStringLiteral("detail"), hint.detail}});
    return compact(array);
}

QVector<Hint> toHints(const QString& text)
{
    QVector<Hint> hints;
    for (const QJsonValue& value : parse(text)) {
        const QJsonObject o = value.toObject();
        hints.append({o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("detail")).toString()});
    }
    return hints;
}

} // namespace tsunagu::json
