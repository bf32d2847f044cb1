// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/Rfc2231.h"

#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/DecodingNotes.h"
#include "mail/mime/EncodedWords.h"
#include "mail/mime/HeaderTokens.h"
#include "mail/mime/TransferDecoding.h"

#include <QMap>

#include <algorithm>

namespace tsunagu {

namespace {

// Bounds on hostile input: RFC 2231 sections per parameter, parameters per field.
constexpr int kMaxSection = 999;
constexpr int kMaxParameters = 200;

struct Section
{
    bool encoded = false;
    QByteArray bytes;
};

struct Pieces
{
    QByteArray plain; // "name=value"
    bool hasPlain = false;
    QMap<int, Section> sections; // "name*", "name*0", "name*1*" … (name* alone is section -1)
};

} // namespace

ParameterizedField Rfc2231::parse(const QByteArray& raw, QVector<DecodingNote>* notes, const QString& where)
{
    ParameterizedField field;
    const char* data = raw.constData();
    const qsizetype size = raw.size();
    qsizetype i = 0;

    // The value up to the first ";", comments and whitespace removed.
    QByteArray value;
    while (i < size && data[i] != ';') {
        if (data[i] == '(') {
            i = HeaderTokens::skipComment(data, size, i);
            continue;
        }
        if (!HeaderTokens::isSpace(data[i]) && data[i] != '"')
            value.append(data[i]);
        ++i;
    }
    field.value = value.toLower();

    const bool shiftJis = HeaderTokens::mayBeShiftJis(data, size);
    QHash<QByteArray, Pieces> pieces;
    QVector<QByteArray> order;
    while (i < size && order.size() < kMaxParameters) {
        ++i; // ';'
        while (i < size && (HeaderTokens::isSpace(data[i]) || data[i] == ';'))
            ++i;
        const qsizetype nameBegin = i;
        while (i < size && data[i] != '=' && data[i] != ';')
            ++i;
        if (i >= size || data[i] != '=')
            continue; // "; foo" without a value
        QByteArray name = QByteArray(data + nameBegin, i - nameBegin).trimmed().toLower();
        ++i; // '='
        while (i < size && HeaderTokens::isSpace(data[i]))
            ++i;
        QByteArray parameterValue;
        if (i < size && data[i] == '"') {
            i = HeaderTokens::readQuoted(data, size, i, shiftJis, &parameterValue);
            while (i < size && data[i] != ';')
                ++i;
        } else {
            const qsizetype valueBegin = i;
            while (i < size && data[i] != ';')
                ++i;
            parameterValue = QByteArray(data + valueBegin, i - valueBegin).trimmed();
        }
        if (name.isEmpty())
            continue;

        // name, name*, name*N, name*N*
        bool encoded = false;
        if (name.endsWith('*')) {
            encoded = true;
            name.chop(1);
        }
        int section = -1;
        const qsizetype star = name.lastIndexOf('*');
        if (star > 0) {
            bool ok = false;
            const int number = name.mid(star + 1).toInt(&ok);
            if (ok && number >= 0 && number <= kMaxSection) {
                section = number;
                name.truncate(star);
            }
        }
        if (!pieces.contains(name))
            order.append(name);
        Pieces& piece = pieces[name];
        if (section < 0 && !encoded) {
            if (!piece.hasPlain) {
                piece.plain = parameterValue;
                piece.hasPlain = true;
            }
        } else if (!piece.sections.contains(section)) {
            piece.sections.insert(section, Section{encoded, parameterValue});
        }
    }

    for (const QByteArray& name : std::as_const(order)) {
        const Pieces& piece = pieces.value(name);
        if (piece.hasPlain)
            field.rawParameters.insert(name, piece.plain);
        if (piece.sections.isEmpty()) {
            field.parameters.insert(name, EncodedWords::decode(piece.plain, notes, where));
            continue;
        }
        // RFC 2231 §3/§4: sections in order; the charset is named in the first one; only sections marked
        // with "*" are percent-encoded. The bytes are joined before charset decoding.
        QByteArray charset;
        QByteArray joined;
        bool anyEncoded = false;
        bool first = true;
        for (auto it = piece.sections.cbegin(); it != piece.sections.cend(); ++it) {
            QByteArray bytes = it->bytes;
            if (it->encoded) {
                anyEncoded = true;
                if (first) {
                    const qsizetype q1 = bytes.indexOf('\'');
                    const qsizetype q2 = q1 >= 0 ? bytes.indexOf('\'', q1 + 1) : -1;
                    if (q2 >= 0) {
                        charset = bytes.left(q1);
                        bytes = bytes.mid(q2 + 1);
                    }
                }
                joined += TransferDecoding::decodePercent(bytes.constData(), bytes.size());
            } else {
                joined += bytes;
            }
            first = false;
        }
        if (!anyEncoded) {
            // Plain continuations; some mailers even split RFC 2047 words across them.
            field.parameters.insert(name, EncodedWords::decode(joined, notes, where));
            continue;
        }
        CharsetDecoder::Result decoded = CharsetDecoder::decode(joined, charset);
        if (decoded.outcome != CharsetDecoder::Outcome::Clean)
            DecodingNotes::add(notes, where,
                               QStringLiteral("parameter ") + QString::fromLatin1(name.left(40)) +
                                   QStringLiteral(": ") + decoded.note);
        field.parameters.insert(name, decoded.text);
    }
    return field;
}

} // namespace tsunagu
