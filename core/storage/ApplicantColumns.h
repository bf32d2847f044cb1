// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"
#include "storage/Sealing.h"

#include <QSqlQuery>
#include <QString>

// What ApplicantRepository and ApplicantList share inside storage: the columns of an applicant they read (the
// table is "a" in their statements), the names its sealed columns are sealed under, and reading a row back.
namespace tsunagu::applicantColumns {

// Every column of an applicant, in the order readApplicant() takes them.
inline const QString s_columns = QStringLiteral(
    "a.id, a.room_id, a.anonymous_name, a.reply_address, a.category, a.gender_as_written, a.age_band, a.region, "
    "a.country, a.time_zone, a.referral_source, a.referral_contact_id, a.status, a.received_at, a.first_reply_at, "
    "a.notes, a.duplicate_of, a.duplicate_state, a.concern, a.introduction, a.form_fields, a.hints");
// Columns of s_columns, for the rows that add more after them.
constexpr int s_columnCount = 22;
// The sealed columns (the column name is the associated data of each sealed value).
constexpr const char* s_name = "applicants.anonymous_name";
constexpr const char* s_replyAddress = "applicants.reply_address";
constexpr const char* s_notes = "applicants.notes";
constexpr const char* s_introduction = "applicants.introduction";
constexpr const char* s_formFields = "applicants.form_fields";
// The form field the self-introduction comes from (FieldKey::Introduction). Its text is stored once, in
// applicants.introduction, and the form's JSON leaves the field's value out (json::fromFields): measured
// 2026-12-06, the self-introduction was four fifths of the form's bytes, and a sealed profile paid the cipher
// for both copies.
inline const QString s_introductionKey = QStringLiteral("introduction");

// The applicant of a row that starts with the columns of s_columns (or a list's version of them); sealed values
// are opened with `sealing`, which notes any that does not open.
Applicant readApplicant(const QSqlQuery& q, const Sealing& sealing);

} // namespace tsunagu::applicantColumns
