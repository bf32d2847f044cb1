// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace tsunagu {

// The canonical meaning of a form label. None: a label Tsunagu does not know; the field is kept all the same.
enum class FieldKey
{
    None,
    Name, // the anonymous name the applicant wants to be called by
    ReplyAddress,
    Category, // 本人 / 家族 / 支援者 / その他, as written
    Gender,   // as written
    AgeBand,
    Region,
    Country,
    TimeZone,
    Concern, // 依存の対象
    ReferralSource,
    Introduction,
    Room
};

// One labelled field of a form submission.
struct FormField
{
    QString label; // as written, without the markup around it ("【お名前】" → "お名前", "お名前（必須）" kept)
    QString value; // trimmed; internal line breaks kept; may be empty
    FieldKey key = FieldKey::None;
    bool operator==(const FormField& other) const
    {
        return label == other.label && value == other.value && key == other.key;
    }
};

// What FormFieldExtractor found in a text, in the order written.
class FormFields
{
public:
    FormFields() = default;
    explicit FormFields(QVector<FormField> fields)
        : m_fields(std::move(fields))
    {}

    const QVector<FormField>& fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    int size() const { return int(m_fields.size()); }

    // Looks like a form submission rather than a letter: at least two different known fields, or one known field
    // among three or more labelled lines. A letter with one "日時: …" line is not a form.
    bool isForm() const;

    // The first non-empty value of that key (a form may ask twice, e.g. "メールアドレス（確認用）"); empty if none.
    QString value(FieldKey key) const;
    // Every value of that key, empty ones included, in order.
    QStringList values(FieldKey key) const;
    bool contains(FieldKey key) const;

private:
    QVector<FormField> m_fields;
};

// Stable keys for storage and JSON ("name", "reply_address", …); None is the empty string.
QString fieldKeyName(FieldKey key);
FieldKey fieldKeyFromName(const QString& name, bool* ok = nullptr);

} // namespace tsunagu
