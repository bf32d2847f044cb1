// SPDX-License-Identifier: GPL-3.0-or-later
// Form text is written by strangers: any bytes, read as UTF-8, must go through the form-field extractor, the room
// matcher (with the twelve demo room codes) and every normaliser without a crash, a hang or a sanitizer report.
#include "intake/AgeBand.h"
#include "intake/EligibilityHints.h"
#include "intake/FormFieldExtractor.h"
#include "intake/Normalisers.h"
#include "intake/ReplyAddressChooser.h"
#include "intake/RoomMatcher.h"
#include "intake/SpamCheck.h"
#include "intake/TimeZoneHint.h"

#include <QString>
#include <QVector>

#include <cstddef>
#include <cstdint>

namespace {

QVector<tsunagu::Room> demoRooms()
{
    using tsunagu::Audience;
    const struct
    {
        const char* code;
        const char* name;
        Audience audience;
    } rooms[] = {
        {"A", "Room A(アルコール・アノニマス系)", Audience::Persons},
        {"D", "Room D(アルコール当事者・断酒会系)", Audience::Persons},
        {"DA", "Room DA(アルコール・女性のみ)", Audience::WomenOnly},
        {"DF", "Room DF(アルコール・家族)", Audience::Families},
        {"N", "Room N(薬物・当事者)", Audience::Persons},
        {"N女", "Room N女(薬物・女性のみ)", Audience::WomenOnly},
        {"NF", "Room NF(薬物・家族)", Audience::Families},
        {"G", "Room G(ギャンブル・当事者)", Audience::Persons},
        {"NG", "Room NG(ネット・ゲーム・当事者)", Audience::Persons},
        {"E", "ルームE(摂食障害・当事者)", Audience::Persons},
        {"K", "ルームK(クレプトマニア・当事者)", Audience::Persons},
        {"三森", "三森自助グループの森(生きづらさ・AC)", Audience::Open},
    };
    QVector<tsunagu::Room> result;
    for (const auto& r : rooms) {
        tsunagu::Room room;
        room.code = QString::fromUtf8(r.code);
        room.name = QString::fromUtf8(r.name);
        room.audience = r.audience;
        room.minorsReviewed = room.code == QLatin1String("E");
        result.append(room);
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tsunagu;
    static const QVector<Room> rooms = demoRooms();
    static const RoomMatcher matcher(rooms);
    static const FormFieldExtractor extractor;

    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const FormFields fields = extractor.extract(text);
    (void)fields.isForm();

    // The first line stands in for the subject.
    const QString subject = text.section(u'\n', 0, 0);
    const RoomMatch match = matcher.find(subject, fields);
    if (!match.code.isEmpty() && !match.candidates.contains(match.code))
        __builtin_trap(); // a chosen room is always one of the candidates

    MimeMessage mail;
    mail.subject = subject;
    mail.from = {MailAddress{QString(), subject}};
    const ReplyAddressChoice reply = ReplyAddressChooser::choose(fields, mail);
    if (!reply.address.isEmpty() && !ReplyAddressChooser::isValidAddress(reply.address))
        __builtin_trap(); // never hand the composer an address that is not one

    for (const FormField& field : fields.fields()) {
        (void)LabelMapping::normalise(field.label);
        ApplicantDeclaration declaration;
        declaration.category = categoryFromText(field.value);
        declaration.gender = field.value;
        declaration.age = field.value;
        declaration.addresses = {field.value};
        (void)normaliseAgeBand(field.value);
        (void)timeZoneFor(field.value);
        (void)matcher.roomsNamedIn(field.value, true);
        for (const Room& room : rooms)
            (void)EligibilityHints::check(&room, declaration, {QStringLiteral("@example.org")});
    }
    // Normalisers on the whole text too: they must not depend on being given a short field.
    (void)categoryFromText(text);
    (void)readGender(text);
    (void)readAge(text);
    (void)timeZoneFor(text);
    (void)ReplyAddressChooser::addressIn(text);
    (void)SpamCheck::check(RawHeaderList{qMakePair(QByteArray("X-Spam-Level"), text.toUtf8())}, text);
    return 0;
}
