// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/JsonColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsunagu::json {
namespace {

// JSON text of a string (RFC 8259 §7), written directly: building QJsonObjects and a QJsonDocument for every
// applicant cost more than reading the whole mail. Characters that need no escape are copied in runs, not one by
// one (a form's text is almost all such runs).
void appendString(QString& out, const QString& text)
{
    static constexpr char16_t s_hex[] = u"0123456789abcdef";
    out += u'"';
    const QChar* const begin = text.constData();
    const qsizetype size = text.size();
    qsizetype run = 0; // start of the characters not yet copied
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = begin[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        out.append(begin + run, i - run);
        run = i + 1;
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QLatin1String("\\u00");
            out += QChar(s_hex[u >> 4]);
            out += QChar(s_hex[u & 0xF]);
        }
    }
    out.append(begin + run, size - run);
    out += u'"';
}

QJsonArray parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

QString fromFields(const QVector<LabelledValue>& fields, const QString& sharedKey, const QString& shared)
{
    bool sharing = !shared.isEmpty();
    QString out;
    qsizetype expected = 2;
    for (const LabelledValue& field : fields)
        expected += field.key.size() + field.label.size() + field.value.size() + 32;
    out.reserve(expected);
    out += u'[';
    for (const LabelledValue& field : fields) {
        if (out.size() > 1)
            out += u',';
        out += QLatin1String("{\"key\":");
        appendString(out, field.key);
        out += QLatin1String(",\"label\":");
        appendString(out, field.label);
        if (sharing && field.key == sharedKey && field.value == shared) {
            sharing = false; // one field only, so that reading gives back exactly what was written
        } else {
            out += QLatin1String(",\"value\":");
            appendString(out, field.value);
        }
        out += u'}';
    }
    out += u']';
    return out;
}

QVector<LabelledValue> toFields(const QString& text, const QString& sharedKey, const QString& shared)
{
    QVector<LabelledValue> fields;
    for (const QJsonValue& value : parse(text)) {
        const QJsonObject o = value.toObject();
        const QString key = o.value(QStringLiteral("key")).toString();
        const QJsonValue written = o.value(QStringLiteral("value"));
        const bool wasShared = written.isUndefined() && !shared.isEmpty() && key == sharedKey;
        fields.append({o.value(QStringLiteral("label")).toString(), wasShared ? shared : written.toString(), key});
    }
    return fields;
}

QString fromHints(const QVector<Hint>& hints)
{
    QString out;
    out += u'[';
    for (const Hint& hint : hints) {
        if (out.size() > 1)
            out += u',';
        out += QLatin1String("{\"detail\":");
        appendString(out, hint.detail);
        out += QLatin1String(",\"kind\":");
        appendString(out, hint.kind);
        out += u'}';
    }
    out += u']';
    return out;
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
