// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/EligibilityHints.h"

#include "intake/AgeBand.h"
#include "intake/Normalisers.h"
#include "intake/ReplyAddressChooser.h"

#include <array>
#include <utility>

namespace tsunagu {
namespace {

// Stored with applicants: never rename a key once released.
constexpr std::array<std::pair<HintKind, const char*>, 8> s_hintKeys{{
    {HintKind::NotFemaleInWomenOnlyRoom, "women_only_room"},
    {HintKind::PersonInFamilyRoom, "family_room_person"},
    {HintKind::FamilyInPersonsRoom, "persons_room_family"},
    {HintKind::SupporterApplicant, "supporter"},
    {HintKind::Minor, "minor"},
    {HintKind::PossiblyMinor, "possibly_minor"},
    {HintKind::BlockedAddress, "blocked"},
    {HintKind::RoomPaused, "room_paused"},
}};

QString lowerAddress(const QString& text)
{
    const QString address = ReplyAddressChooser::addressIn(text);
    return (address.isEmpty() ? text.trimmed() : address).toLower();
}

bool isBlocked(const QString& address, const QStringList& blocked)
{
    const qsizetype at = address.lastIndexOf(u'@');
    for (const QString& entry : blocked) {
        const QString e = entry.trimmed().toLower();
        if (e.isEmpty())
            continue;
        if (e.startsWith(u'@') ? (at >= 0 && QStringView(address).mid(at) == e) : lowerAddress(e) == address)
            return true;
    }
    return false;
}

void roomHints(const Room& room, const ApplicantDeclaration& declaration, QVector<EligibilityHint>& hints)
{
    const QString roomLabel = QStringLiteral("room ") + room.code;
    if (room.status == RoomStatus::Paused)
        hints.append({HintKind::RoomPaused, roomLabel + QLatin1String(" is paused")});

    // Only a declared gender counts: many women-only forms do not ask, and silence is not a reason to doubt.
    if (room.audience == Audience::WomenOnly) {
        const DeclaredGender gender = readGender(declaration.gender);
        if (gender == DeclaredGender::Male)
            hints.append({HintKind::NotFemaleInWomenOnlyRoom,
                          roomLabel + QLatin1String(" is women-only; declared gender reads as male")});
        else if (gender == DeclaredGender::Other)
            hints.append({HintKind::NotFemaleInWomenOnlyRoom,
                          roomLabel + QLatin1String(" is women-only; declared gender is not recognised as female")});
    }

    const bool personsRoom = room.audience == Audience::Persons || room.audience == Audience::WomenOnly;
    if (room.audience == Audience::Families && declaration.category == Category::Person)
        hints.append({HintKind::PersonInFamilyRoom, roomLabel + QLatin1String(" is for families; category is person")});
    if (personsRoom && declaration.category == Category::Family)
        hints.append({HintKind::FamilyInPersonsRoom, roomLabel + QLatin1String(" is for persons; category is family")});
    if (room.audience != Audience::Open && declaration.category == Category::Supporter)
        hints.append({HintKind::SupporterApplicant,
                      roomLabel + QLatin1String(" decides on supporters case by case; category is supporter")});
}

} // namespace

QVector<EligibilityHint> EligibilityHints::check(const Room* room, const ApplicantDeclaration& declaration,
                                                 const QStringList& blocked)
{
    QVector<EligibilityHint> hints;
    if (room)
        roomHints(*room, declaration, hints);

    const bool reviewsMinors = room && room->minorsReviewed;
    const MinorStatus minor = readAge(declaration.age).minor;
    if (minor == MinorStatus::Minor) {
        hints.append(
            {HintKind::Minor, reviewsMinors
                                  ? QStringLiteral("room %1 reviews minors case by case; age under 18").arg(room->code)
                                  : QStringLiteral("age under 18")});
    } else if (minor == MinorStatus::PossiblyMinor && reviewsMinors) {
        hints.append({HintKind::PossiblyMinor,
                      QStringLiteral("room %1 reviews minors case by case; age may be under 18").arg(room->code)});
    }

    QStringList found;
    for (const QString& address : declaration.addresses) {
        const QString a = lowerAddress(address);
        if (!a.isEmpty() && !found.contains(a) && isBlocked(a, blocked))
            found << a;
    }
    if (!found.isEmpty())
        hints.append(
            {HintKind::BlockedAddress, QStringLiteral("%1 of the mail's addresses blocked before").arg(found.size())});
    return hints;
}

QString EligibilityHints::kindKey(HintKind kind)
{
    for (const auto& [k, key] : s_hintKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

HintKind EligibilityHints::kindFromKey(const QString& key, bool* ok)
{
    for (const auto& [k, name] : s_hintKeys) {
        if (key == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return HintKind::RoomPaused;
}

} // namespace tsunagu
