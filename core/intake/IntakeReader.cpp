// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakeReader.h"

#include "intake/AgeBand.h"
#include "intake/EligibilityHints.h"
#include "intake/LetterCheck.h"
#include "intake/Normalisers.h"
#include "intake/ReplyAddressChooser.h"
#include "intake/SpamCheck.h"
#include "intake/TimeZoneHint.h"

#include <QRegularExpression>

#include <utility>

namespace tsunagu {
namespace {

LabelMapping mappingWith(const QVector<QPair<QString, QString>>& extraLabels)
{
    LabelMapping mapping;
    for (const auto& [label, key] : extraLabels)
        mapping.add(label, key);
    return mapping;
}

// Never the rooms' own addresses: a form service may send "from" the reception address itself.
QStringList ownAddresses(const QVector<Room>& rooms)
{
    QStringList addresses;
    for (const Room& r : rooms) {
        if (!r.receptionAddress.isEmpty())
            addresses << r.receptionAddress;
    }
    return addresses;
}

// "Re:", "RE:", "Re[2]:", "返信:", "AW:" (German Outlook), "Fwd:" — a subject that answers or forwards.
bool looksLikeReply(const QString& subject)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(re|aw|sv|fw|fwd)(\\[\\d+\\])?\\s*[:：]|^\\s*(返信|転送)\\s*[:：]"),
        QRegularExpression::CaseInsensitiveOption);
    return prefix.match(subject).hasMatch();
}

const Room* roomByCode(const QVector<Room>& rooms, const QString& code)
{
    for (const Room& room : rooms) {
        if (room.code == code)
            return &room;
    }
    return nullptr;
}

// The room whose reception address the mail was sent to, when exactly one room's is among To and Cc.
QString roomByRecipient(const QVector<Room>& rooms, const MimeMessage& mail)
{
    QStringList codes;
    for (const QVector<MailAddress>* list : {&mail.to, &mail.cc}) {
        for (const MailAddress& to : *list) {
            for (const Room& room : rooms) {
                if (!room.receptionAddress.isEmpty() &&
                    room.receptionAddress.compare(to.address, Qt::CaseInsensitive) == 0 && !codes.contains(room.code))
                    codes << room.code;
            }
        }
    }
    return codes.size() == 1 ? codes.first() : QString();
}

// The room the mail is for, in order of certainty: the host said so; the mailbox serves one room only; the form
// or the subject names one (RFC-free guesswork, see RoomMatcher); for a letter without a form, also the address
// it was sent to and the first room its text names.
QString chooseRoom(const QVector<Room>& rooms, const RoomMatcher& matcher, const IntakeSource& source,
                   const MimeMessage& mail, const FormFields& fields, bool letter)
{
    if (!source.roomCode.isEmpty() && roomByCode(rooms, source.roomCode))
        return source.roomCode;
    if (source.roomCodes.size() == 1 && roomByCode(rooms, source.roomCodes.first()))
        return source.roomCodes.first();
    // A mailbox that serves several rooms: only those rooms are candidates.
    auto allowed = [&source](const QString& code) {
        return !code.isEmpty() && (source.roomCodes.isEmpty() || source.roomCodes.contains(code));
    };
    const QString named = matcher.find(mail.subject, fields).code;
    if (allowed(named) || !letter)
        return allowed(named) ? named : QString();
    if (const QString recipient = roomByRecipient(rooms, mail); allowed(recipient))
        return recipient;
    for (const QString& code : matcher.roomsNamedIn(mail.text.left(RoomMatcher::maxChars), false)) {
        if (allowed(code))
            return code;
    }
    return {};
}

// The letter's own words, as its self-introduction: bounded, as a form's field is.
QString letterText(const QString& text)
{
    constexpr int maxChars = 8000;
    const QString trimmed = text.trimmed();
    return trimmed.size() > maxChars ? trimmed.left(maxChars) + QStringLiteral("…") : trimmed;
}

void fillApplicant(Applicant& a, const FormFields& fields)
{
    // Only the name the applicant chose for the room: a mail's display name is often a real name.
    a.anonymousName = fields.value(FieldKey::Name);
    a.category = categoryFromText(fields.value(FieldKey::Category));
    a.genderAsWritten = fields.value(FieldKey::Gender);
    a.ageBand = normaliseAgeBand(fields.value(FieldKey::AgeBand));
    a.region = fields.value(FieldKey::Region);
    a.country = fields.value(FieldKey::Country);
    a.timeZone = fields.value(FieldKey::TimeZone);
    if (a.timeZone.isEmpty())
        a.timeZone = timeZoneFor(a.country.isEmpty() ? a.region : a.country);
    a.concern = fields.value(FieldKey::Concern);
    a.referralSource = fields.value(FieldKey::ReferralSource);
    a.introduction = fields.value(FieldKey::Introduction);
    for (const FormField& f : fields.fields())
        a.formFields.append({f.label, f.value, fieldKeyName(f.key)});
}

} // namespace

IntakeReader::IntakeReader(QVector<Room> rooms, const QVector<QPair<QString, QString>>& extraLabels,
                           MimeParser::Options options)
    : m_rooms(std::move(rooms))
    , m_options(options)
    , m_extractor(mappingWith(extraLabels))
    , m_matcher(m_rooms)
    , m_ownAddresses(ownAddresses(m_rooms))
{}

Understanding IntakeReader::read(const QByteArray& raw, const IntakeSource& source) const
{
    Understanding u;
    u.mail = MimeParser::parse(raw, m_options);
    const FormFields fields = m_extractor.extract(u.mail.text);
    u.isForm = fields.isForm();
    for (const FormField& f : fields.fields())
        u.fields.append({f.label, f.value, fieldKeyName(f.key)});

    const SpamVerdict spam = SpamCheck::check(u.mail);
    const bool reply = looksLikeReply(u.mail.subject) || !u.mail.inReplyTo.isEmpty();
    u.directLetter = !spam.isSpam && !u.isForm && !reply && LetterCheck::isPersonalLetter(u.mail, m_ownAddresses);
    u.roomCode = chooseRoom(m_rooms, m_matcher, source, u.mail, fields, u.directLetter);
    const Room* room = roomByCode(m_rooms, u.roomCode);
    u.replyAddress = ReplyAddressChooser::choose(fields, u.mail, m_ownAddresses).address;

    if (spam.isSpam) {
        u.classification = Classification::Spam;
        u.spamReason = spam.reason;
    } else if (u.isForm && !looksLikeReply(u.mail.subject)) {
        u.classification = Classification::Application;
    } else if (reply) {
        u.classification = Classification::Reply; // confirmed against the store by take()
    } else if (u.directLetter) {
        u.classification = Classification::Application; // unless the sender is known (decided when stored)
    } else {
        u.classification = Classification::Unclassified;
    }

    u.applicant.replyAddress = u.replyAddress;
    fillApplicant(u.applicant, fields);
    if (u.directLetter) {
        u.applicant.introduction = letterText(u.mail.text);
        u.hints.append({QStringLiteral("direct_letter"), QStringLiteral("written directly, not through the form")});
        QStringList names;
        for (const MailAttachment& attachment : u.mail.attachments)
            names << (attachment.fileName.isEmpty() ? attachment.contentType : attachment.fileName);
        if (!names.isEmpty())
            u.hints.append({QStringLiteral("attachments"), names.join(QStringLiteral(", "))});
    }
    ApplicantDeclaration declaration;
    declaration.category = u.applicant.category;
    declaration.gender = u.applicant.genderAsWritten;
    declaration.age = fields.value(FieldKey::AgeBand);
    declaration.addresses = {u.replyAddress};
    for (const EligibilityHint& hint : EligibilityHints::check(room, declaration))
        u.hints.append({EligibilityHints::kindKey(hint.kind), hint.detail});
    if (u.classification == Classification::Application && u.roomCode.isEmpty())
        u.hints.append({QStringLiteral("no_room"), QStringLiteral("no room named in the mail")});
    if (u.classification == Classification::Application && u.replyAddress.isEmpty())
        u.hints.append({QStringLiteral("no_reply_address"), QStringLiteral("no usable address")});
    return u;
}

} // namespace tsunagu
