// SPDX-License-Identifier: GPL-3.0-or-later
// Stored keys of how contacts are made and how posters are delivered.
#include "domain/Contact.h"
#include "domain/KeyTable.h"

namespace tsunagu {
namespace {

constexpr KeyTable<ContactChannel, 5> s_channels{{
    {ContactChannel::Visit, "visit"},
    {ContactChannel::Phone, "phone"},
    {ContactChannel::Mail, "mail"},
    {ContactChannel::Meeting, "meeting"},
    {ContactChannel::Other, "other"},
}};

constexpr KeyTable<DeliveryMethod, 4> s_methods{{
    {DeliveryMethod::Handed, "handed"},
    {DeliveryMethod::Post, "post"},
    {DeliveryMethod::Mail, "mail"},
    {DeliveryMethod::Other, "other"},
}};

} // namespace

QString contactChannelKey(ContactChannel channel)
{
    return keyOf(s_channels, channel);
}

ContactChannel contactChannelFromKey(const QString& key, bool* ok)
{
    return valueOf(s_channels, key, ContactChannel::Other, ok);
}

QString deliveryMethodKey(DeliveryMethod method)
{
    return keyOf(s_methods, method);
}

DeliveryMethod deliveryMethodFromKey(const QString& key, bool* ok)
{
    return valueOf(s_methods, key, DeliveryMethod::Other, ok);
}

} // namespace tsunagu
