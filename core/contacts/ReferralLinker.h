// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ContactRepository.h"
#include "storage/ReferralLinkRepository.h"

namespace tsunagu {

// Links applicants whose 紹介元 names a contact, as suggestions the host confirms or rejects on the contact's page.
// Runs over the applicants not linked yet; a link the host made or turned down is never touched.
class ReferralLinker
{
public:
    ReferralLinker(ContactRepository& contacts, ReferralLinkRepository& links)
        : m_contacts(contacts)
        , m_links(links)
    {}

    // How many new suggestions were stored.
    StoreResult<int> run();

private:
    ContactRepository& m_contacts;
    ReferralLinkRepository& m_links;
};

} // namespace tsunagu
