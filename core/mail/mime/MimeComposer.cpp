// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/MimeComposer.h"

#include "mail/mime/AddressValidator.h"
#include "mail/mime/HeaderWriter.h"
#include "mail/mime/JapaneseEncoder.h"
#include "mail/mime/PartWriter.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>
#include <cstring>
#include <optional>
#include <tuple>

namespace tsunagu {

namespace {

constexpr int kRandomBytes = 16; // 128 bits
constexpr qsizetype kMaxHeaderName = 76;
constexpr int kBoundaryAttempts = 100;

QByteArray systemRandom()
{
    std::array<quint32, kRandomBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray bytes(kRandomBytes, '\0');
    std::memcpy(bytes.data(), words.data(), kRandomBytes);
    return bytes;
}

// Fields the composer writes itself, or that would change who gets the mail or how it is read: an extra
// header must not repeat or override them.
bool isReservedName(const QByteArray& name)
{
    static const char* const reserved[] = {"from",       "sender",       "to",         "cc",         "bcc",
                                           "reply-to",   "subject",      "date",       "message-id", "in-reply-to",
                                           "references", "mime-version", "return-path"};
    const QByteArray lower = name.toLower();
    for (const char* candidate : reserved) {
        if (lower == candidate)
            return true;
    }
    return lower.startsWith("content-") || lower.startsWith("resent-");
}

// RFC 5322 §3.6.8: ftext is printable ASCII except ":".
bool isFieldName(const QByteArray& name)
{
    if (name.isEmpty() || name.size() > kMaxHeaderName)
        return false;
    for (char c : name) {
        if (c < 33 || c > 126 || c == ':')
            return false;
    }
    return true;
}

// The addresses trimmed, or the error naming the first bad one by field and index (never the address).
std::optional<ComposeError> checkedAddresses(const QVector<MailAddress>& given, const char* field,
                                             QVector<MailAddress>& out)
{
    for (qsizetype i = 0; i < given.size(); ++i) {
        MailAddress address = given.at(i);
        address.address = address.address.trimmed();
        if (!AddressValidator::isValidAddress(address.address))
            return ComposeError{ComposeProblem::BadAddress,
                                QLatin1String(field) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')};
        out.append(address);
    }
    return std::nullopt;
}

QString describeCharacters(const QStringList& characters)
{
    QStringList described;
    for (const QString& character : characters) {
        const char32_t point = character.toUcs4().value(0);
        described.append(character + QStringLiteral(" (U+") +
                         QString::number(point, 16).toUpper().rightJustified(4, QLatin1Char('0')) + QLatin1Char(')'));
    }
    return described.join(QStringLiteral(", "));
}

// Notes what cleaning (and, for ISO-2022-JP, the JIS mapping) will change in a header text, without the text.
void noteHeaderChanges(const QString& text, const QString& place, bool iso2022Jp, QStringList& warnings)
{
    bool changed = false;
    const QString clean = HeaderWriter::cleaned(text, &changed);
    QString warning = QStringLiteral("control characters removed from ") + place;
    if (changed && !warnings.contains(warning))
        warnings.append(warning);
    if (!iso2022Jp)
        return;
    JapaneseEncoder::toJisRepertoire(clean, &changed);
    warning = QStringLiteral("characters of ") + place + QStringLiteral(" replaced by their JIS X 0208 forms");
    if (changed && !warnings.contains(warning))
        warnings.append(warning);
}

QByteArray boundaryCandidate(const QByteArray& seed, int attempt)
{
    // "=_" cannot occur in base64 or quoted-printable output (RFC 2045 §6.7: "=" is followed by hex digits).
    const QByteArray random =
        seed.isEmpty() ? systemRandom()
                       : QCryptographicHash::hash(QByteArray(seed + "boundary" + QByteArray::number(attempt)),
                                                  QCryptographicHash::Sha256)
                             .left(kRandomBytes);
    return QByteArray("=_") + random.toHex();
}

QByteArray multipart(const QVector<EncodedPart>& parts, const QByteArray& seed, QByteArray* boundaryField)
{
    QByteArray boundary;
    for (int attempt = 0; attempt < kBoundaryAttempts; ++attempt) {
        boundary = boundaryCandidate(seed, attempt);
        const QByteArray delimiter = "--" + boundary;
        bool clash = false;
        for (const EncodedPart& part : parts)
            clash = clash || part.fields.contains(delimiter) || part.body.contains(delimiter);
        if (!clash)
            break;
    }
    *boundaryField = HeaderWriter::field("Content-Type", "multipart/mixed; boundary=\"" + boundary + '"');
    QByteArray out;
    for (const EncodedPart& part : parts) {
        out.append("--").append(boundary).append("\r\n").append(part.fields).append("\r\n").append(part.body);
        if (part.body.isEmpty())
            out.append("\r\n"); // RFC 2046 §5.1.1: the CRLF before a delimiter belongs to the delimiter
    }
    out.append("--").append(boundary).append("--\r\n");
    return out;
}

// The mail's addresses, checked and trimmed, and the Message-ID domain.
struct Checked
{
    QVector<MailAddress> from;
    QVector<MailAddress> to;
    QVector<MailAddress> cc;
    QVector<MailAddress> replyTo;
    QString domain;
};

std::optional<ComposeError> check(const OutgoingMail& mail, Checked& checked)
{
    if (mail.to.isEmpty() && mail.cc.isEmpty())
        return ComposeError{ComposeProblem::NoRecipient, QStringLiteral("no To or Cc address")};
    if (checkedAddresses({mail.from}, "from", checked.from))
        return ComposeError{ComposeProblem::BadAddress, QStringLiteral("from")};
    for (const auto& [given, name, out] :
         {std::tuple(&mail.to, "to", &checked.to), std::tuple(&mail.cc, "cc", &checked.cc),
          std::tuple(&mail.replyTo, "reply-to", &checked.replyTo)}) {
        if (std::optional<ComposeError> error = checkedAddresses(*given, name, *out))
            return error;
    }
    checked.domain = mail.messageIdDomain.trimmed();
    if (checked.domain.isEmpty())
        checked.domain = AddressValidator::domainOf(checked.from.first().address);
    if (!AddressValidator::isValidDomain(checked.domain))
        return ComposeError{ComposeProblem::BadAddress, QStringLiteral("message-id domain")};
    for (const auto& header : mail.extraHeaders) {
        if (!isFieldName(header.first) || isReservedName(header.first)) {
            QByteArray shown = header.first.left(40);
            for (char& c : shown)
                c = (c < 33 || c > 126) ? '?' : c;
            return ComposeError{ComposeProblem::BadHeaderName, QString::fromLatin1(shown)};
        }
    }
    return std::nullopt;
}

// In-Reply-To and References (RFC 5322 §3.6.4); ids that are not ids are left out with a warning.
QByteArray threadFields(const OutgoingMail& mail, QStringList& warnings)
{
    QByteArray fields;
    if (!mail.inReplyTo.trimmed().isEmpty()) {
        const QByteArray parent = HeaderWriter::messageId(mail.inReplyTo);
        if (parent.isEmpty())
            warnings.append(QStringLiteral("In-Reply-To is not a message ID; left out"));
        else
            fields += HeaderWriter::field("In-Reply-To", parent);
    }
    QByteArray references;
    for (const QString& reference : mail.references) {
        const QByteArray id = HeaderWriter::messageId(reference);
        if (id.isEmpty()) {
            warnings.append(QStringLiteral("a References entry is not a message ID; left out"));
            continue;
        }
        references.append(references.isEmpty() ? "" : " ").append(id);
    }
    if (!references.isEmpty())
        fields += HeaderWriter::field("References", references);
    return fields;
}

} // namespace

ComposeResult MimeComposer::compose(const OutgoingMail& mail)
{
    return compose(mail, QByteArray());
}

ComposeResult MimeComposer::compose(const OutgoingMail& mail, const QByteArray& randomForMessageId)
{
    Checked checked;
    if (std::optional<ComposeError> error = check(mail, checked))
        return *error;
    const QVector<MailAddress>& from = checked.from;
    const QVector<MailAddress>& to = checked.to;
    const QVector<MailAddress>& cc = checked.cc;
    const QVector<MailAddress>& replyTo = checked.replyTo;

    const bool iso2022Jp = mail.charset == OutgoingMail::Charset::Iso2022Jp;
    HeaderWriter writer(mail.charset);
    ComposedMail composed;
    QStringList& warnings = composed.warnings;
    noteHeaderChanges(mail.subject, QStringLiteral("the subject"), iso2022Jp, warnings);
    for (const QVector<MailAddress>* list : {&from, &to, &cc, &replyTo}) {
        for (const MailAddress& address : *list)
            noteHeaderChanges(address.name, QStringLiteral("a display name"), iso2022Jp, warnings);
    }
    for (const auto& header : mail.extraHeaders)
        noteHeaderChanges(header.second, QStringLiteral("an extra header value"), iso2022Jp, warnings);

    const QByteArray random = randomForMessageId.isEmpty() ? systemRandom() : randomForMessageId;
    const QByteArray messageId = "<" + random.toHex() + '@' + checked.domain.toLatin1() + '>';
    composed.messageId = QString::fromLatin1(messageId);
    QDateTime date = mail.date;
    if (!date.isValid()) {
        date = QDateTime::currentDateTime();
        warnings.append(QStringLiteral("no date given; the current time was used"));
    }

    QByteArray head;
    head += HeaderWriter::field("Date", HeaderWriter::date(date));
    head += HeaderWriter::field("From", writer.mailboxList("From", from));
    if (!to.isEmpty())
        head += HeaderWriter::field("To", writer.mailboxList("To", to));
    if (!cc.isEmpty())
        head += HeaderWriter::field("Cc", writer.mailboxList("Cc", cc));
    if (!replyTo.isEmpty())
        head += HeaderWriter::field("Reply-To", writer.mailboxList("Reply-To", replyTo));
    head += HeaderWriter::field("Subject", writer.unstructured("Subject", mail.subject));
    head += HeaderWriter::field("Message-ID", messageId);
    head += threadFields(mail, warnings);
    head += HeaderWriter::field("MIME-Version", "1.0");
    for (const auto& header : mail.extraHeaders)
        head += HeaderWriter::field(header.first, writer.unstructured(header.first, header.second));

    const EncodedPart text = PartWriter::text(mail.body, mail.charset);
    QStringList unencodable = writer.unencodable();
    for (const QString& character : text.unencodable) {
        if (!unencodable.contains(character))
            unencodable.append(character);
    }
    if (!unencodable.isEmpty())
        return ComposeError{ComposeProblem::UnencodableCharacter, describeCharacters(unencodable)};
    warnings.append(text.warnings);

    if (mail.attachments.isEmpty()) {
        composed.bytes = head + text.fields + "\r\n" + text.body;
        return composed;
    }
    QVector<EncodedPart> parts{text};
    for (qsizetype i = 0; i < mail.attachments.size(); ++i) {
        parts.append(PartWriter::attachment(mail.attachments.at(i), int(i)));
        warnings.append(parts.last().warnings);
    }
    QByteArray typeField;
    const QByteArray body = multipart(parts, randomForMessageId, &typeField);
    composed.bytes = head + typeField + "\r\n" + body;
    return composed;
}

} // namespace tsunagu
