// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactVCard.h"

#include <QStringList>

namespace tsunagu {
namespace {

// RFC 2426 §4: backslash, comma, semicolon and newline are escaped in text values.
QString escaped(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c != QLatin1Char('\r')) {
            out += c;
        }
    }
    return out;
}

// RFC 2425 §5.8.1: a line longer than 75 octets continues on the next line after CRLF and one space. The cut
// falls between characters, never inside a UTF-8 sequence.
void appendFolded(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    int width = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        qsizetype length = 1;
        const auto lead = static_cast<unsigned char>(bytes.at(i));
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += bytes.mid(i, length);
        width += int(length);
        i += length;
    }
    out += "\r\n";
}

} // namespace

QByteArray ContactVCard::write(const Contact& c, const QString& kindName)
{
    QByteArray out;
    const auto line = [&out](const QString& name, const QString& value) {
        if (!value.trimmed().isEmpty())
            appendFolded(out, name + QLatin1Char(':') + value);
    };
    appendFolded(out, QStringLiteral("BEGIN:VCARD"));
    appendFolded(out, QStringLiteral("VERSION:3.0"));
    // FN and N are required; a card about an organisation names the person when there is one.
    const QString person = c.person.trimmed();
    appendFolded(out, QStringLiteral("FN:") + escaped(person.isEmpty() ? c.organisation : person));
    appendFolded(out, QStringLiteral("N:") + escaped(person) + QStringLiteral(";;;;"));
    line(QStringLiteral("ORG"), escaped(c.organisation));
    line(QStringLiteral("TITLE"), escaped(c.personRole));
    line(QStringLiteral("TEL;TYPE=WORK,VOICE"), escaped(c.phone));
    line(QStringLiteral("EMAIL;TYPE=INTERNET,WORK"), escaped(c.email));
    line(QStringLiteral("URL"), escaped(c.web));
    if (!c.address.trimmed().isEmpty() || !c.city.isEmpty() || !c.region.isEmpty()) {
        // ADR: post office box; extended; street; locality; region; postal code; country.
        appendFolded(out, QStringLiteral("ADR;TYPE=WORK:;;") + escaped(c.address) + QLatin1Char(';') + escaped(c.city) +
                              QLatin1Char(';') + escaped(c.region) + QStringLiteral(";;"));
    }
    line(QStringLiteral("CATEGORIES"), escaped(kindName));
    QStringList notes;
    for (const QString& part : {c.roleNotes, c.notes}) {
        if (!part.trimmed().isEmpty())
            notes.append(part.trimmed());
    }
    line(QStringLiteral("NOTE"), escaped(notes.join(QLatin1String("\n\n"))));
    appendFolded(out, QStringLiteral("END:VCARD"));
    return out;
}

} // namespace tsunagu
