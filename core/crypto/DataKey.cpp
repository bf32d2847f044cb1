// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/DataKey.h"

#include <sodium.h>

#include <utility>

namespace tsunagu::crypto {

bool sodiumReady()
{
    // sodium_init is thread-safe and returns 1 when it already ran.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

DataKey::DataKey(DataKey&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
{}

DataKey& DataKey::operator=(DataKey&& other) noexcept
{
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes); // sodium_free wipes the memory first
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

DataKey::~DataKey()
{
    if (m_bytes)
        sodium_free(m_bytes);
}

DataKey DataKey::generate()
{
    DataKey key;
    if (!sodiumReady())
        return key;
    key.m_bytes = static_cast<unsigned char*>(sodium_malloc(s_size));
    if (key.m_bytes)
        randombytes_buf(key.m_bytes, s_size);
    return key;
}

DataKey DataKey::fromBytes(const unsigned char* bytes, std::size_t size)
{
    DataKey key;
    if (!sodiumReady() || size != s_size || !bytes)
        return key;
    key.m_bytes = static_cast<unsigned char*>(sodium_malloc(s_size));
    if (key.m_bytes)
        std::copy(bytes, bytes + s_size, key.m_bytes);
    return key;
}

DataKey DataKey::clone() const
{
    return fromBytes(m_bytes, m_bytes ? s_size : 0);
}

bool DataKey::sameAs(const DataKey& other) const
{
    if (!m_bytes || !other.m_bytes)
        return false;
    return sodium_memcmp(m_bytes, other.m_bytes, s_size) == 0;
}

} // namespace tsunagu::crypto
