// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "storage/ContactEventRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ReferralLinkRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tsunagu::ui {

// One contact's page beside the directory: who they are, the history (contacts made and posters delivered, newest
// first) and the applicants who named them, with the links Tsunagu suggested for the host to confirm or reject.
class ContactPage : public QWidget
{
    Q_OBJECT

public:
    ContactPage(ContactRepository& contacts, ContactEventRepository& events, ReferralLinkRepository& links,
                QWidget* parent = nullptr);

    // Shows the contact (0: nothing). A store failure comes back for the area's banner.
    StoreResult<Done> show(const ContactRow& row);
    void clear();

Q_SIGNALS:
    // Something on the page changed the store (a link confirmed, a history entry removed).
    void changed();
    void failed(const StoreFailure& failure);

private:
    void confirmSelected(bool confirm);
    void removeSelectedHistory();
    void updateButtons();

    ContactRepository& m_contacts;
    ContactEventRepository& m_events;
    ReferralLinkRepository& m_links;
    qint64 m_contactId = 0;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_history = nullptr;
    QPushButton* m_removeHistory = nullptr;
    QTreeWidget* m_referred = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace tsunagu::ui
