// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"
#include "domain/Room.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// What the applicant declared, as far as the hints need it.
struct ApplicantDeclaration
{
    Category category = Category::Unknown;
    QString gender;        // as written
    QString age;           // as written: "17歳" says more than its band "10代"
    QStringList addresses; // the chosen reply address and any other address of the mail (From, Reply-To)
};

enum class HintKind
{
    NotFemaleInWomenOnlyRoom, // a women-only room, and the declared gender is not female
    PersonInFamilyRoom,       // a families' room, and the applicant writes as the person
    FamilyInPersonsRoom,      // a persons' room (women-only rooms included), and the applicant is family
    SupporterApplicant,       // a supporter or professional: rooms decide case by case whether observers may join
    Minor,                    // a clear minor (any room)
    PossiblyMinor,            // "10代", "高校生": only where the room reviews minors case by case
    BlockedAddress,           // an address the host blocked before
    RoomPaused                // the room is paused (休止中)
};

struct EligibilityHint
{
    HintKind kind = HintKind::RoomPaused;
    QString detail; // short English technical detail; no personal data (no name, no address)
    bool operator==(const EligibilityHint& other) const { return kind == other.kind && detail == other.detail; }
};

// Hints for the host before inviting; never an automatic rejection. The ui translates the kind into words.
class EligibilityHints
{
public:
    // room: nullptr while no room is assigned; then only what holds for any room (a clear minor, a blocked
    // address). blocked: addresses the host blocked before; an entry "@example.org" blocks the whole domain.
    static QVector<EligibilityHint> check(const Room* room, const ApplicantDeclaration& declaration,
                                          const QStringList& blocked = {});

    // Stable keys for storage and JSON: "women_only_room", "family_room_person", "persons_room_family",
    // "supporter", "minor", "possibly_minor", "blocked", "room_paused".
    static QString kindKey(HintKind kind);
    static HintKind kindFromKey(const QString& key, bool* ok = nullptr);
};

} // namespace tsunagu
