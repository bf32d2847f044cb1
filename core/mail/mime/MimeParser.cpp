// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/MimeParser.h"

#include "mail/mime/AddressListParser.h"
#include "mail/mime/BodyReader.h"
#include "mail/mime/DecodingNotes.h"
#include "mail/mime/EncodedWords.h"
#include "mail/mime/HeaderParser.h"
#include "mail/mime/MailDate.h"
#include "mail/mime/MimeTreeBuilder.h"

#include <algorithm>

namespace tsunagu {

namespace {

// Real mail has a few hundred header fields at most (long Received chains); a million tiny fields would cost
// far more memory than the message itself.
constexpr int kMaxHeaderFields = 2000;
constexpr int kMaxReferences = 500;

// Message identifiers (RFC 5322 §3.6.4) between angle brackets, without them; at most max of them. A value
// without any brackets is taken whole (minus whitespace), as some mailers write it.
QStringList messageIds(const QByteArray& value, int max)
{
    QStringList ids;
    qsizetype pos = 0;
    while (ids.size() < max) {
        const qsizetype open = value.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = value.indexOf('>', open + 1);
        if (close < 0)
            break;
        const QByteArray id = value.mid(open + 1, close - open - 1).trimmed();
        if (!id.isEmpty() && !id.contains(' '))
            ids.append(QString::fromUtf8(id));
        pos = close + 1;
    }
    if (ids.isEmpty()) {
        const QByteArray bare = value.trimmed();
        if (!bare.isEmpty() && !bare.contains(' ') && !bare.contains('\t'))
            ids.append(QString::fromUtf8(bare));
    }
    return ids;
}

void readEnvelope(const HeaderFields& fields, MimeMessage& message)
{
    QVector<DecodingNote>* notes = &message.notes;
    message.subject =
        EncodedWords::decode(HeaderParser::value(fields, "Subject"), notes, QStringLiteral("subject")).trimmed();
    message.from = AddressListParser::parse(HeaderParser::value(fields, "From"), notes, QStringLiteral("from"));
    message.to = AddressListParser::parse(HeaderParser::value(fields, "To"), notes, QStringLiteral("to"));
    message.cc = AddressListParser::parse(HeaderParser::value(fields, "Cc"), notes, QStringLiteral("cc"));
    message.replyTo =
        AddressListParser::parse(HeaderParser::value(fields, "Reply-To"), notes, QStringLiteral("reply-to"));

    const QByteArray date = HeaderParser::value(fields, "Date");
    if (!date.trimmed().isEmpty()) {
        const MailDate::Parsed parsed = MailDate::parse(date);
        message.date = parsed.dateTime;
        if (!parsed.dateTime.isValid())
            DecodingNotes::add(notes, QStringLiteral("date"), QStringLiteral("unreadable date"));
        else if (!parsed.zoneKnown)
            DecodingNotes::add(notes, QStringLiteral("date"), QStringLiteral("date without a time zone; read as UTC"));
    }

    message.messageId = messageIds(HeaderParser::value(fields, "Message-ID"), 1).value(0);
    message.inReplyTo = messageIds(HeaderParser::value(fields, "In-Reply-To"), 1).value(0);
    message.references = messageIds(HeaderParser::value(fields, "References"), kMaxReferences);
}

} // namespace

MimeMessage MimeParser::parse(const QByteArray& raw, const Options& options)
{
    MimeMessage message;
    message.size = raw.size();
    // A cap of 0 or less means "no cap": the caller asked for everything.
    const qsizetype limit =
        options.maxMessageBytes > 0 ? qsizetype(std::min<qint64>(raw.size(), options.maxMessageBytes)) : raw.size();
    message.truncated = limit < raw.size();

    HeaderParser::Section headers = HeaderParser::parse(raw, 0, limit, kMaxHeaderFields);
    if (headers.dropped > 0)
        DecodingNotes::add(&message.notes, QStringLiteral("headers"),
                           QStringLiteral("more than ") + QString::number(kMaxHeaderFields) +
                               QStringLiteral(" header fields; ") + QString::number(headers.dropped) +
                               QStringLiteral(" skipped"));
    readEnvelope(headers.fields, message);

    MimeTreeBuilder builder(raw, limit, options.maxDepth, options.maxParts, &message.notes);
    const MimePart root = builder.buildRoot(headers.fields, headers.bodyBegin);
    BodyReader(raw, &message.notes).read(root, message);
    message.rawHeaders = std::move(headers.fields);

    if (message.truncated)
        DecodingNotes::add(&message.notes, QStringLiteral("message"),
                           QStringLiteral("message of ") + QString::number(raw.size()) +
                               QStringLiteral(" bytes is over the limit of ") + QString::number(limit) +
                               QStringLiteral(" bytes: headers and the first text part were read; the last ") +
                               QString::number(raw.size() - limit) + QStringLiteral(" bytes were not"));
    return message;
}

QString MimeParser::messageIdOf(const QByteArray& headerValue)
{
    return messageIds(headerValue, 1).value(0);
}

} // namespace tsunagu
