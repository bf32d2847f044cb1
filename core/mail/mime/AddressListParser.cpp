// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/AddressListParser.h"

#include "mail/mime/EncodedWords.h"
#include "mail/mime/HeaderTokens.h"

namespace tsunagu {

namespace {

// A header can list many recipients; more than this is an attack, not a mail.
constexpr int kMaxAddresses = 2000;

// The mailbox being read.
struct Pending
{
    QByteArray phrase;  // display-name words, quotes removed, one space between words
    QByteArray spec;    // addr-spec as written outside angle brackets (no whitespace, no comments)
    QByteArray angle;   // addr-spec inside <>, when there was one
    QByteArray comment; // first comment, the display name of the "addr (Name)" form
    bool hasAngle = false;
    bool pendingSpace = false;

    void addWord(const QByteArray& word, const QByteArray& asWritten)
    {
        if (!phrase.isEmpty() && pendingSpace)
            phrase.append(' ');
        phrase.append(word);
        spec.append(asWritten);
        pendingSpace = false;
    }
    bool isEmpty() const { return phrase.isEmpty() && spec.isEmpty() && !hasAngle; }
};

bool isSpecial(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == ',' || c == ';' || c == ':' || c == '"';
}

QString cleanName(QString name)
{
    name = name.simplified();
    // Some mailers put the quotes inside the encoded-word: =?UTF-8?B?InNha3VyYSI=?=
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

// The addr-spec inside angle brackets, without whitespace, comments and an obsolete route ("@a,@b:").
QByteArray cleanAngle(const QByteArray& inside)
{
    QByteArray spec;
    const char* data = inside.constData();
    const qsizetype size = inside.size();
    for (qsizetype i = 0; i < size;) {
        const char c = data[i];
        if (c == '(') {
            i = HeaderTokens::skipComment(data, size, i);
            continue;
        }
        if (c == '"') {
            QByteArray content;
            i = HeaderTokens::readQuoted(data, size, i, false, &content);
            spec.append('"').append(content).append('"');
            continue;
        }
        if (!HeaderTokens::isSpace(c))
            spec.append(c);
        ++i;
    }
    const qsizetype colon = spec.indexOf(':');
    if (spec.startsWith('@') && colon > 0)
        spec = spec.mid(colon + 1); // RFC 5322 §4.4 obs-route
    if (spec.startsWith("mailto:") || spec.startsWith("MAILTO:"))
        spec = spec.mid(7);
    return spec;
}

} // namespace

QVector<MailAddress> AddressListParser::parse(const QByteArray& raw, QVector<DecodingNote>* notes, const QString& where)
{
    QVector<MailAddress> result;
    const char* data = raw.constData();
    const qsizetype size = raw.size();
    const bool shiftJis = HeaderTokens::mayBeShiftJis(data, size);
    Pending pending;

    auto finish = [&]() {
        if (pending.isEmpty()) {
            pending = Pending(); // nothing, or only a comment: "(no recipients)" is not a mailbox
            return;
        }
        MailAddress address;
        if (pending.hasAngle) {
            address.address = QString::fromUtf8(cleanAngle(pending.angle));
            address.name = cleanName(EncodedWords::decode(pending.phrase, notes, where));
        } else if (pending.spec.contains('@') || (!pending.spec.isEmpty() && !pending.phrase.contains(' ') &&
                                                  !pending.spec.contains('=') && !pending.spec.contains('"'))) {
            // addr-spec alone ("sakura@example.jp", or a local "MAILER-DAEMON")
            address.address = QString::fromUtf8(pending.spec);
        } else {
            address.name = cleanName(EncodedWords::decode(pending.phrase, notes, where)); // a name, no address
        }
        if (address.name.isEmpty() && !pending.comment.isEmpty())
            address.name = cleanName(EncodedWords::decode(pending.comment, notes, where));
        if ((!address.address.isEmpty() || !address.name.isEmpty()) && result.size() < kMaxAddresses)
            result.append(address);
        pending = Pending();
    };

    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (HeaderTokens::isSpace(c)) {
            pending.pendingSpace = true;
            ++i;
        } else if (c == '(') {
            QByteArray comment;
            i = HeaderTokens::skipComment(data, size, i, &comment);
            if (pending.comment.isEmpty())
                pending.comment = comment.trimmed();
            pending.pendingSpace = true;
        } else if (c == '"') {
            QByteArray content;
            const qsizetype begin = i;
            i = HeaderTokens::readQuoted(data, size, i, shiftJis, &content);
            pending.addWord(content, QByteArray(data + begin, i - begin));
        } else if (c == '<') {
            const qsizetype close = raw.indexOf('>', i + 1);
            const qsizetype end = close < 0 ? size : close;
            pending.angle = QByteArray(data + i + 1, end - i - 1);
            pending.hasAngle = true;
            i = close < 0 ? size : close + 1;
        } else if (c == ',') {
            finish();
            ++i;
        } else if (c == ':' && !pending.hasAngle && !pending.spec.contains('@')) {
            pending = Pending(); // RFC 5322 §3.4 group: the display name of the group is not a mailbox
            ++i;
        } else if (c == ';') {
            finish(); // end of a group
            ++i;
        } else if (c == '>' || c == ')') {
            ++i; // stray
        } else {
            // An atom, or a run of atoms and dots; an RFC 2047 encoded-word is read whole, whatever it contains.
            const qsizetype begin = i;
            while (i < size) {
                const char d = data[i];
                if (d == '=' && i + 1 < size && data[i + 1] == '?') {
                    const qsizetype wordEnd = EncodedWords::wordEnd(data, size, i);
                    if (wordEnd > 0) {
                        i = wordEnd;
                        continue;
                    }
                }
                if (HeaderTokens::isSpace(d) || isSpecial(d))
                    break;
                if (shiftJis && (static_cast<unsigned char>(d) >= 0x81) && i + 1 < size &&
                    (static_cast<unsigned char>(d) <= 0x9F || static_cast<unsigned char>(d) >= 0xE0)) {
                    i += 2; // Shift_JIS pair: the trail byte may look like a special
                    continue;
                }
                ++i;
            }
            if (i == begin)
                ++i; // a special with no meaning here (":" after an address): kept as part of the text
            const QByteArray word(data + begin, i - begin);
            pending.addWord(word, word);
        }
    }
    finish();
    return result;
}

} // namespace tsunagu
