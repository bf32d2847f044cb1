// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace tsunagu {

// One value a template can insert, written `{{key}}` in a template. Keys are stable (saved templates use them);
// the labels are what the template editor lists and what a missing-value marker shows.
struct Placeholder
{
    QString key;
    QString labelJa;
    QString labelEn;
    // Join details and chat links go only to screened applicants: allowed in invitation templates alone.
    bool secret = false;
    // Written by the host while composing (the question of a hold reply); never filled from the database.
    bool hostInput = false;

    QString label(const QString& language) const;
};

// The fixed list of placeholders, in the order the editor shows them.
class PlaceholderCatalogue
{
public:
    static const QVector<Placeholder>& all();
    // nullptr for a key that is not in the list.
    static const Placeholder* find(const QString& key);
    static bool isSecret(const QString& key);
};

} // namespace tsunagu
