// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace tsunagu {

// The applicant's own declaration on the form.
enum class Category { Person, Family, Supporter, Other, Unknown };

// 新規→確認中→招待済→参加中, or 保留/他ルーム紹介/対象外/辞退.
enum class ApplicantStatus { New, Checking, Invited, Attending, OnHold, Referred, NotEligible, Withdrawn };

// A new application from an address Tsunagu already knows is flagged for the host to merge or keep.
enum class DuplicateState { None, Flagged, Kept, Merged };

// One labelled field of an application form, as written ("お名前" → "さくら"); key is the canonical field
// ("name", "reply_address", …) or empty for a label Tsunagu does not know, which is kept all the same.
struct LabelledValue
{
    QString label;
    QString value;
    QString key;
};

// Something the host should look at before inviting (never an automatic rejection).
struct Hint
{
    QString kind;   // stable key: "women_only_room", "family_room_person", "minor", "blocked", "duplicate", …
    QString detail; // short technical detail, no personal data
};

struct Applicant
{
    qint64 id = 0;
    qint64 roomId = 0; // 0: not yet assigned to a room
    QString anonymousName;
    QString replyAddress;
    Category category = Category::Unknown;
    QString genderAsWritten;
    QString ageBand;
    QString region;
    QString country;
    QString timeZone; // IANA id when the applicant lives abroad
    QString referralSource;
    qint64 referralContactId = 0;
    ApplicantStatus status = ApplicantStatus::New;
    QDateTime receivedAt;
    QDateTime firstReplyAt; // invalid until the first reply
    QString notes;
    qint64 duplicateOfId = 0;
    DuplicateState duplicateState = DuplicateState::None;
    QString concern;      // 依存の対象, as written
    QString introduction; // 自己紹介, as written
    QVector<LabelledValue> formFields;
    QVector<Hint> hints;
};

// One row of a list: the applicant with what the lists show of their room.
struct ApplicantRow
{
    Applicant applicant;
    QString roomCode;
    QString roomName;
    int replyDeadlineDays = 3;
};

struct StatusChange
{
    ApplicantStatus status = ApplicantStatus::New;
    QDateTime changedAt;
    QString hostName;
    QString note;
};

// Still waiting for a first answer from a host.
bool isAwaitingReply(const Applicant& applicant);
// Whole days waited since the application arrived (0 on the day it arrived).
int waitingDays(const Applicant& applicant, const QDateTime& now);

QString categoryKey(Category category);
Category categoryFromKey(const QString& key, bool* ok = nullptr);
QString duplicateStateKey(DuplicateState state);
DuplicateState duplicateStateFromKey(const QString& key, bool* ok = nullptr);
QString applicantStatusKey(ApplicantStatus status);
ApplicantStatus applicantStatusFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
