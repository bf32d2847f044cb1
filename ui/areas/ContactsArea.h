// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"
#include "storage/ContactEventRepository.h"
#include "storage/ReferralLinkRepository.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace tsunagu::ui {

class ContactFilterProxy;
class ContactPage;
class ContactTableModel;

// 連携先: the referral directory. The host adds, edits and removes contacts, records a contact made or a poster
// delivered in two clicks (choose the contact, press the button), imports and exports the directory as CSV, saves a
// contact as a vCard, and sees each contact's history and the applicants it sent.
class ContactsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit ContactsArea(UiServices& services, QWidget* parent = nullptr);

    // The poster version recorded by "poster delivered": the newest one delivered, else this month's.
    QString currentPosterVersion() const;
    // How long the GUI thread took to show the rows of the last load made on a worker thread (for the benchmark).
    double lastApplyMs() const { return m_lastApplyMs; }

    bool isLoading() const override;
    // How many reads of the directory were started (a burst of reloads is read twice at most).
    int loadsStarted() const { return m_loadsStarted; }

Q_SIGNALS:
    // The rows of a load are shown.
    void loaded();

protected:
    StoreResult<Done> reload() override;

private:
    void loadOffThread();
    void fillRooms(const QVector<Room>& rooms);
    qint64 selectedId() const;
    const ContactRow* selectedRow() const;
    void select(qint64 contactId);
    void applyFilter();
    void showSelected();
    void addContact();
    void editContact();
    void removeContact();
    void recordContact(ContactChannel channel);
    void recordPoster(DeliveryMethod method);
    void importCsv();
    void exportCsv();
    void exportVCard();
    void storeFailed(const StoreFailure& failure);
    void updateButtons();
    QDate today() const;

    UiServices& m_services;
    ContactEventRepository m_events;
    ReferralLinkRepository m_links;
    ContactTableModel* m_model = nullptr;
    ContactFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    ContactPage* m_page = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_room = nullptr;
    QCheckBox* m_stale = nullptr;
    QCheckBox* m_noPoster = nullptr;
    QCheckBox* m_followUp = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QToolButton* m_recordContact = nullptr;
    QToolButton* m_recordPoster = nullptr;
    QPushButton* m_vcard = nullptr;
    int m_loadSerial = 0;     // a load that finishes after a newer one started is dropped
    bool m_loading = false;   // a load is under way on its thread
    bool m_loadAgain = false; // asked for while loading: one more load after it
    int m_loadsStarted = 0;
    qint64 m_selectAfterLoad = 0; // chosen while its row was still being read
    double m_lastApplyMs = 0;
};

} // namespace tsunagu::ui
