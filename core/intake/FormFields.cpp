// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/FormFields.h"

#include <QHash>

#include <QSet>

#include <array>
#include <utility>

namespace tsunagu {
namespace {

// Stored in applicants' form fields: never rename a key once released.
constexpr std::array<std::pair<FieldKey, const char*>, 13> s_keyNames{{
    {FieldKey::None, ""},
    {FieldKey::Name, "name"},
    {FieldKey::ReplyAddress, "reply_address"},
    {FieldKey::Category, "category"},
    {FieldKey::Gender, "gender"},
    {FieldKey::AgeBand, "age_band"},
    {FieldKey::Region, "region"},
    {FieldKey::Country, "country"},
    {FieldKey::TimeZone, "time_zone"},
    {FieldKey::Concern, "concern"},
    {FieldKey::ReferralSource, "referral_source"},
    {FieldKey::Introduction, "introduction"},
    {FieldKey::Room, "room"},
}};

} // namespace

bool FormFields::isForm() const
{
    QSet<int> known;
    for (const FormField& field : m_fields) {
        if (field.key != FieldKey::None)
            known.insert(int(field.key));
    }
    return known.size() >= 2 || (known.size() == 1 && m_fields.size() >= 3);
}

QString FormFields::value(FieldKey key) const
{
    for (const FormField& field : m_fields) {
        if (field.key == key && !field.value.isEmpty())
            return field.value;
    }
    return {};
}

QStringList FormFields::values(FieldKey key) const
{
    QStringList result;
    for (const FormField& field : m_fields) {
        if (field.key == key)
            result << field.value;
    }
    return result;
}

bool FormFields::contains(FieldKey key) const
{
    for (const FormField& field : m_fields) {
        if (field.key == key)
            return true;
    }
    return false;
}

QString fieldKeyName(FieldKey key)
{
    // Asked for every field of every mail: the strings are made once and shared.
    static const QHash<int, QString> names = [] {
        QHash<int, QString> made;
        for (const auto& [k, name] : s_keyNames)
            made.insert(int(k), QString::fromLatin1(name));
        return made;
    }();
    return names.value(int(key));
}

FieldKey fieldKeyFromName(const QString& name, bool* ok)
{
    for (const auto& [k, n] : s_keyNames) {
        if (name == QLatin1String(n)) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return FieldKey::None;
}

} // namespace tsunagu
