// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace tsunagu {

// Kinds of referral partner named in DESIGN.md §3.
enum class ContactKind {
    SpecialistClinic, // 専門医療機関
    Clinic,           // クリニック
    Hospital,         // 病院
    ProbationOffice,  // 保護観察所
    HealthCentre,     // 保健所
    MentalHealthCentre, // 精神保健福祉センター
    RecoveryFacility, // 回復施設
    SelfHelpGroup,    // 自助グループ
    FamilyAssociation, // 家族会
    Government,       // 行政
    School,           // 学校
    LegalDebt,        // 法律・債務相談
    Other             // その他
};

struct Contact
{
    qint64 id = 0;
    QString organisation;
    ContactKind kind = ContactKind::Other;
    QString region;
    QString person;
    QString phone;
    QString email;
    QString web;
    QString roleNotes;
    QDate lastContactOn;
};

struct ContactRow
{
    Contact contact;
    int postersDelivered = 0; // copies, all deliveries together
    QDate lastPosterOn;
    int applicantsReferred = 0;
};

struct PosterDelivery
{
    qint64 id = 0;
    qint64 contactId = 0;
    QDate deliveredOn;
    QString posterVersion;
    int copies = 1;
};

struct PosterDeliveryRow
{
    PosterDelivery delivery;
    QString organisation;
    QString region;
};

QString contactKindKey(ContactKind kind);
ContactKind contactKindFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
