// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// Kinds of referral partner named in DESIGN.md §3.
enum class ContactKind
{
    SpecialistClinic,   // 専門医療機関
    Clinic,             // クリニック
    Hospital,           // 病院
    ProbationOffice,    // 保護観察所
    HealthCentre,       // 保健所
    MentalHealthCentre, // 精神保健福祉センター
    RecoveryFacility,   // 回復施設
    SelfHelpGroup,      // 自助グループ
    FamilyAssociation,  // 家族会
    Government,         // 行政
    School,             // 学校
    LegalDebt,          // 法律・債務相談
    Other               // その他
};

// How a contact was made (contact_events.channel).
enum class ContactChannel
{
    Visit,
    Phone,
    Mail,
    Meeting,
    Other
};

// How a poster reached a contact (poster_deliveries.method).
enum class DeliveryMethod
{
    Handed,
    Post,
    Mail,
    Other
};

struct Contact
{
    qint64 id = 0;
    QString organisation;
    ContactKind kind = ContactKind::Other;
    QString region; // prefecture (都道府県)
    QString city;   // 市区町村
    QString person; // the person the host knows there
    QString personRole;
    QString phone;
    QString email;
    QString web;
    QString address;
    QString roleNotes; // what they do and how they work with the rooms
    QDate lastContactOn;
    QDate nextFollowUpOn;
    QString notes;
    QString referralCode;    // printed on the posters for this contact, so applicants can name it
    QVector<qint64> roomIds; // rooms the contact relates to
};

struct ContactRow
{
    Contact contact;
    int postersDelivered = 0; // copies, all deliveries together
    QDate lastPosterOn;
    int applicantsReferred = 0;
    int applicantsUnconfirmed = 0; // linked from 紹介元, waiting for the host to confirm
    QStringList roomCodes;         // of contact.roomIds, in room order
};

struct PosterDelivery
{
    qint64 id = 0;
    qint64 contactId = 0;
    QDate deliveredOn;
    QString posterVersion;
    int copies = 1;
    DeliveryMethod method = DeliveryMethod::Handed;
    QString note;
};

// A contact made: a visit, a call, a mail, a meeting.
struct ContactEvent
{
    qint64 id = 0;
    qint64 contactId = 0;
    QDate happenedOn;
    ContactChannel channel = ContactChannel::Phone;
    QString note;
};

// An applicant whose 紹介元 names a contact, as the contact's page lists them.
struct ReferredApplicant
{
    qint64 applicantId = 0;
    QString anonymousName;
    QString roomCode;
    QString referralSource; // as the applicant wrote it
    QDateTime receivedAt;
    bool confirmed = false; // false: linked by Tsunagu, waiting for the host
};

struct PosterDeliveryRow
{
    PosterDelivery delivery;
    QString organisation;
    QString region;
};

QString contactKindKey(ContactKind kind);
ContactKind contactKindFromKey(const QString& key, bool* ok = nullptr);
QString contactChannelKey(ContactChannel channel);
ContactChannel contactChannelFromKey(const QString& key, bool* ok = nullptr);
QString deliveryMethodKey(DeliveryMethod method);
DeliveryMethod deliveryMethodFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
