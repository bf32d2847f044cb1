// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>

namespace tsunagu::crypto {

// Makes libsodium ready (sodium_init, once per process); false when it cannot be (no randomness source).
bool sodiumReady();

// A profile's random 256-bit data key. Its bytes live in memory from sodium_malloc (guard pages, locked, never
// swapped where the system allows, wiped on release) and are never logged or shown. Moves, never copies.
class DataKey
{
public:
    static constexpr std::size_t s_size = 32;

    DataKey() = default; // empty: isNull()
    DataKey(DataKey&& other) noexcept;
    DataKey& operator=(DataKey&& other) noexcept;
    DataKey(const DataKey&) = delete;
    DataKey& operator=(const DataKey&) = delete;
    ~DataKey();

    // A new random key; null when libsodium is not ready.
    static DataKey generate();
    // The key of these 32 bytes (from an unwrapped key); null for any other size.
    static DataKey fromBytes(const unsigned char* bytes, std::size_t size);

    bool isNull() const { return m_bytes == nullptr; }
    const unsigned char* bytes() const { return m_bytes; }
    // A copy in its own secure memory (a second connection of the same profile).
    DataKey clone() const;
    // Constant time.
    bool sameAs(const DataKey& other) const;

private:
    unsigned char* m_bytes = nullptr;
};

} // namespace tsunagu::crypto
