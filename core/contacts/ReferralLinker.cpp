// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ReferralLinker.h"

#include "contacts/ReferralMatcher.h"

namespace tsunagu {

StoreResult<int> ReferralLinker::run()
{
    auto sources = m_links.unlinked();
    if (!sources)
        return sources.error();
    if (sources->isEmpty())
        return 0;
    auto rows = m_contacts.all();
    if (!rows)
        return rows.error();
    QVector<Contact> contacts;
    contacts.reserve(rows->size());
    for (const ContactRow& row : rows.value())
        contacts.append(row.contact);
    const ReferralMatcher matcher(contacts);
    QVector<QPair<qint64, qint64>> links;
    for (const ReferralLinkRepository::Source& source : sources.value()) {
        if (const qint64 contactId = matcher.match(source.referralSource))
            links.append({source.applicantId, contactId});
    }
    if (links.isEmpty())
        return 0;
    return m_links.suggest(links);
}

} // namespace tsunagu
