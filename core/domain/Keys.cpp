// SPDX-License-Identifier: GPL-3.0-or-later
// Stable keys stored in the database for each enumeration. They never change once released: a new value gets
// a new key, and the CHECK constraints in the schema list the same keys.
#include "domain/Applicant.h"
#include "domain/Contact.h"
#include "domain/KeyTable.h"
#include "domain/Meeting.h"
#include "domain/Member.h"
#include "domain/Message.h"
#include "domain/Reply.h"
#include "domain/Room.h"

#include <array>
#include <utility>

namespace tsunagu {
namespace {

constexpr std::array<std::pair<Audience, const char*>, 4> s_audiences{{
    {Audience::Persons, "persons"},
    {Audience::Families, "families"},
    {Audience::WomenOnly, "women"},
    {Audience::Open, "open"},
}};

constexpr std::array<std::pair<RoomStatus, const char*>, 2> s_roomStatuses{{
    {RoomStatus::Active, "active"},
    {RoomStatus::Paused, "paused"},
}};

constexpr std::array<std::pair<Category, const char*>, 5> s_categories{{
    {Category::Person, "person"},
    {Category::Family, "family"},
    {Category::Supporter, "supporter"},
    {Category::Other, "other"},
    {Category::Unknown, "unknown"},
}};

constexpr std::array<std::pair<ApplicantStatus, const char*>, 8> s_applicantStatuses{{
    {ApplicantStatus::New, "new"},
    {ApplicantStatus::Checking, "checking"},
    {ApplicantStatus::Invited, "invited"},
    {ApplicantStatus::Attending, "attending"},
    {ApplicantStatus::OnHold, "on_hold"},
    {ApplicantStatus::Referred, "referred"},
    {ApplicantStatus::NotEligible, "not_eligible"},
    {ApplicantStatus::Withdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<SeriesStatus, const char*>, 3> s_seriesStatuses{{
    {SeriesStatus::Active, "active"},
    {SeriesStatus::Paused, "paused"},
    {SeriesStatus::Ended, "ended"},
}};

constexpr std::array<std::pair<MemberStatus, const char*>, 3> s_memberStatuses{{
    {MemberStatus::Active, "active"},
    {MemberStatus::Inactive, "inactive"},
    {MemberStatus::Left, "left"},
}};

constexpr std::array<std::pair<ContactKind, const char*>, 13> s_contactKinds{{
    {ContactKind::SpecialistClinic, "specialist_clinic"},
    {ContactKind::Clinic, "clinic"},
    {ContactKind::Hospital, "hospital"},
    {ContactKind::ProbationOffice, "probation_office"},
    {ContactKind::HealthCentre, "health_centre"},
    {ContactKind::MentalHealthCentre, "mental_health_centre"},
    {ContactKind::RecoveryFacility, "recovery_facility"},
    {ContactKind::SelfHelpGroup, "self_help_group"},
    {ContactKind::FamilyAssociation, "family_association"},
    {ContactKind::Government, "government"},
    {ContactKind::School, "school"},
    {ContactKind::LegalDebt, "legal_debt"},
    {ContactKind::Other, "other"},
}};

constexpr std::array<std::pair<Classification, const char*>, 6> s_classifications{{
    {Classification::Application, "application"},
    {Classification::Reply, "reply"},
    {Classification::Unclassified, "unclassified"},
    {Classification::Spam, "spam"},
    {Classification::Ignored, "ignored"},
    {Classification::Sent, "sent"},
}};

constexpr std::array<std::pair<DuplicateState, const char*>, 4> s_duplicateStates{{
    {DuplicateState::None, "none"},
    {DuplicateState::Flagged, "flagged"},
    {DuplicateState::Kept, "kept"},
    {DuplicateState::Merged, "merged"},
}};

constexpr std::array<std::pair<ReplyState, const char*>, 5> s_replyStates{{
    {ReplyState::Draft, "draft"},
    {ReplyState::Sending, "sending"},
    {ReplyState::Sent, "sent"},
    {ReplyState::Failed, "failed"},
    {ReplyState::OnServer, "on_server"},
}};

} // namespace

QString replyStateKey(ReplyState state)
{
    return keyOf(s_replyStates, state);
}

ReplyState replyStateFromKey(const QString& key, bool* ok)
{
    return valueOf(s_replyStates, key, ReplyState::Draft, ok);
}

QString classificationKey(Classification classification)
{
    return keyOf(s_classifications, classification);
}
Classification classificationFromKey(const QString& key, bool* ok)
{
    return valueOf(s_classifications, key, Classification::Unclassified, ok);
}
QString duplicateStateKey(DuplicateState state)
{
    return keyOf(s_duplicateStates, state);
}
DuplicateState duplicateStateFromKey(const QString& key, bool* ok)
{
    return valueOf(s_duplicateStates, key, DuplicateState::None, ok);
}
QString audienceKey(Audience audience)
{
    return keyOf(s_audiences, audience);
}
Audience audienceFromKey(const QString& key, bool* ok)
{
    return valueOf(s_audiences, key, Audience::Open, ok);
}
QString roomStatusKey(RoomStatus status)
{
    return keyOf(s_roomStatuses, status);
}
RoomStatus roomStatusFromKey(const QString& key, bool* ok)
{
    return valueOf(s_roomStatuses, key, RoomStatus::Active, ok);
}
QString categoryKey(Category category)
{
    return keyOf(s_categories, category);
}
Category categoryFromKey(const QString& key, bool* ok)
{
    return valueOf(s_categories, key, Category::Unknown, ok);
}
QString applicantStatusKey(ApplicantStatus status)
{
    return keyOf(s_applicantStatuses, status);
}
ApplicantStatus applicantStatusFromKey(const QString& key, bool* ok)
{
    return valueOf(s_applicantStatuses, key, ApplicantStatus::New, ok);
}
QString seriesStatusKey(SeriesStatus status)
{
    return keyOf(s_seriesStatuses, status);
}
SeriesStatus seriesStatusFromKey(const QString& key, bool* ok)
{
    return valueOf(s_seriesStatuses, key, SeriesStatus::Active, ok);
}
QString memberStatusKey(MemberStatus status)
{
    return keyOf(s_memberStatuses, status);
}
MemberStatus memberStatusFromKey(const QString& key, bool* ok)
{
    return valueOf(s_memberStatuses, key, MemberStatus::Active, ok);
}
QString contactKindKey(ContactKind kind)
{
    return keyOf(s_contactKinds, kind);
}
ContactKind contactKindFromKey(const QString& key, bool* ok)
{
    return valueOf(s_contactKinds, key, ContactKind::Other, ok);
}

bool isAwaitingReply(const Applicant& applicant)
{
    return !applicant.firstReplyAt.isValid() &&
           (applicant.status == ApplicantStatus::New || applicant.status == ApplicantStatus::Checking);
}

int waitingDays(const Applicant& applicant, const QDateTime& now)
{
    if (!applicant.receivedAt.isValid() || now < applicant.receivedAt)
        return 0;
    return static_cast<int>(applicant.receivedAt.secsTo(now) / (24 * 60 * 60));
}

} // namespace tsunagu
