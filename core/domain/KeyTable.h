// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <utility>

namespace tsunagu {

// An enumeration's stable keys, as stored in the database: a table of (value, key) pairs and the two lookups.
template <typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N>
QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

// `fallback` and *ok = false for a key the table does not know.
template <typename E, std::size_t N>
E valueOf(const KeyTable<E, N>& table, const QString& key, E fallback, bool* ok)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k)) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

} // namespace tsunagu
