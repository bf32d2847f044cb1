// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

class QIODevice;

namespace tsunagu {

// Comma-separated values as spreadsheets write and read them (RFC 4180), for exports a host opens in Excel and
// for files a host brings (a Zoom participant list, an existing contact sheet).
namespace Csv {

// The text of a spreadsheet file and the encoding it was read in ("UTF-8", "UTF-16LE", "UTF-16BE", "Shift_JIS").
struct DecodedText
{
    QString text;
    QString encoding;
};

// A byte-order mark decides (and is dropped); else text that is valid UTF-8 is taken as UTF-8, and anything else
// as Shift_JIS, read as Windows code page 932 — what Excel on Japanese Windows saved before it offered UTF-8.
DecodedText decode(const QByteArray& bytes);

// Rows and fields of `text`: quoted fields may hold commas, doubled quotes and line breaks; a line may end in CRLF,
// LF or CR; a last line without an end is a row; blank lines are rows with one empty field (so a caller that
// looks for a blank line between blocks, as Zoom's exports have, finds it).
QVector<QStringList> parse(QStringView text);

} // namespace Csv

// Writes CSV that Excel on Japanese Windows opens correctly: UTF-8 with a byte-order mark (without it Excel reads
// Shift_JIS and shows mojibake), CRLF line ends, and quotes around a field only where RFC 4180 needs them.
class CsvWriter
{
public:
    // Writes to `device`, which must be open for writing and outlive the writer. The BOM goes before the first row.
    explicit CsvWriter(QIODevice& device);

    // A field that starts with = + - @ (or a tab or carriage return) is a formula to a spreadsheet; a name or note
    // that a stranger typed must never run as one, so such a field is written with a leading apostrophe, which
    // Excel shows as text. Off for columns that hold numbers only.
    void setProtectFormulas(bool protect) { m_protectFormulas = protect; }

    void writeRow(const QStringList& fields);

    // False once a write failed (a full disk, a closed device); the device's error then says why.
    bool ok() const { return m_ok; }

    // One field as it is written (quoted when needed), for tests and for callers that build a row themselves.
    static QString field(const QString& value, bool protectFormulas = true);

private:
    QIODevice& m_device;
    bool m_started = false;
    bool m_ok = true;
    bool m_protectFormulas = true;
};

} // namespace tsunagu
