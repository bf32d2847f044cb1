// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Csv.h"

#include <QIODevice>
#include <QStringDecoder>

namespace tsunagu {
namespace Csv {

DecodedText decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3), QStringLiteral("UTF-8")};
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
        return {decoder.decode(bytes.mid(2)), QStringLiteral("UTF-16LE")};
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
        return {decoder.decode(bytes.mid(2)), QStringLiteral("UTF-16BE")};
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    // ICU's Shift_JIS is CP932 (NEC and IBM extensions included), which is what Excel writes.
    QStringDecoder sjis("Shift_JIS");
    if (sjis.isValid())
        return {sjis.decode(bytes), QStringLiteral("Shift_JIS")};
    return {text, QStringLiteral("UTF-8")};
}

QVector<QStringList> parse(QStringView text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field began with a quote
    const qsizetype size = text.size();
    auto endRow = [&] {
        row.append(field);
        rows.append(row);
        row.clear();
        field.clear();
        fieldQuoted = false;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldQuoted) {
            quoted = true;
            fieldQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else {
            field += c; // a stray quote inside an unquoted field is kept as it is, as spreadsheets do
        }
    }
    if (!field.isEmpty() || !row.isEmpty() || fieldQuoted)
        endRow();
    return rows;
}

} // namespace Csv

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
{}

QString CsvWriter::field(const QString& value, bool protectFormulas)
{
    QString text = value;
    if (protectFormulas && !text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_ok)
        return;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i), m_protectFormulas);
    }
    line += QLatin1String("\r\n");
    QByteArray bytes = line.toUtf8();
    if (!m_started) {
        bytes.prepend("\xEF\xBB\xBF");
        m_started = true;
    }
    if (m_device.write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace tsunagu
