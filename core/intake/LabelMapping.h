// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/FormFields.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace tsunagu {

// Which form label means which field. Starts with the Japanese (and common English) labels real application forms
// use; a room adds its own ("通称" → Name), and those win over the defaults. The defaults are built once and shared.
//
// A label is looked up after normalise() in this order: exactly; then, unless it names something that must never
// become a canonical field (本名, 氏名, 電話, 同意 …: a real name is never taken as the anonymous name), without its
// parenthesised notes ("お名前（ニックネーム可）"); then the longest known Japanese label it contains
// ("このルームを知ったきっかけを教えてください" → ReferralSource). ASCII labels match only exactly: "age" must not
// be found inside "message".
class LabelMapping
{
public:
    LabelMapping(); // the defaults
    static LabelMapping withoutDefaults();

    void add(const QString& label, FieldKey key);
    // key as stored by rooms ("name", "reply_address", …); false (and nothing added) for an unknown key.
    bool add(const QString& label, const QString& keyName);

    FieldKey keyFor(const QString& label) const;
    // Exact (normalised) match only: for places where a label is guessed from weak signs, e.g. "お名前<TAB>さくら".
    FieldKey exactKeyFor(const QString& label) const;

    // Width, case and spaces folded; required/optional markers ("（必須）", "※", "*", "[必須]") and a trailing
    // colon or question mark removed.
    static QString normalise(const QString& label);

private:
    struct Entry
    {
        QString label; // normalised
        FieldKey key = FieldKey::None;
    };
    struct Empty
    {
    };
    explicit LabelMapping(Empty) {}
    static const LabelMapping& defaults();
    void addNormalised(const QString& normalised, FieldKey key);
    bool isGuarded(const QString& normalised) const;

    QHash<QString, FieldKey> m_exact;
    QVector<Entry> m_contained; // non-ASCII labels, longest first, later additions first among equal lengths
    QHash<QChar, QVector<int>> m_byFirstChar; // indexes into m_contained, ascending: where to start comparing

    // Labels already looked up. Forms repeat the same few labels mail after mail, and normalising one (NFKC) costs
    // more than reading its line. Bounded, since a hostile mail can bring any number of made-up labels; not shared
    // between threads (a mapping belongs to one reader).
    mutable QHash<QString, FieldKey> m_lookups;
    mutable QHash<QString, FieldKey> m_exactLookups;
    static constexpr int s_maxLookups = 1024;
    FieldKey lookUp(const QString& label) const;
};

} // namespace tsunagu
