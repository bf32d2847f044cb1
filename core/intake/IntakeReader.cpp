// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakeReader.h"

#include "intake/AgeBand.h"
#include "intake/EligibilityHints.h"
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

// The room the mail is for, in order of certainty: the host said so; the mailbox serves one room only; the form
// or the subject names one (RFC-free guesswork, see RoomMatcher).
QString chooseRoom(const QVector<Room>& rooms, const RoomMatcher& matcher, const IntakeSource& source,
                   const MimeMessage& mail, const FormFields& fields)
{
    if (!source.roomCode.isEmpty() && roomByCode(rooms, source.roomCode))
        return source.roomCode;
    if (source.roomCodes.size() == 1 && roomByCode(rooms, source.roomCodes.first()))
        return source.roomCodes.first();
    const QString named = matcher.find(mail.subject, fields).code;
    // A mailbox that serves several rooms: only those rooms are candidates.
    if (!source.roomCodes.isEmpty() && !source.roomCodes.contains(named))
        return {};
    return named;
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
    u.roomCode = chooseRoom(m_rooms, m_matcher, source, u.mail, fields);
    const Room* room = roomByCode(m_rooms, u.roomCode);
    u.replyAddress = ReplyAddressChooser::choose(fields, u.mail, m_ownAddresses).address;

    if (spam.isSpam) {
        u.classification = Classification::Spam;
        u.spamReason = spam.reason;
    } else if (u.isForm && !looksLikeReply(u.mail.subject)) {
        u.classification = Classification::Application;
    } else if (looksLikeReply(u.mail.subject) || !u.mail.inReplyTo.isEmpty()) {
        u.classification = Classification::Reply; // confirmed against the store by take()
    } else {
        u.classification = Classification::Unclassified;
    }

    u.applicant.replyAddress = u.replyAddress;
    fillApplicant(u.applicant, fields);
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
