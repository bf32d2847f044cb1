// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"
#include "domain/Host.h"

#include <QVector>

class QComboBox;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace tsunagu::ui {

class ApplicantDetails;
class ApplicantTableModel;
class IntakeListsLoader;
struct IntakeLists;
class MessageTableModel;
class RoomTableModel;
class TableFilterProxy;

// 受付: the rooms with how many applicants wait for them; the waiting applicants, longest wait first, with the
// application of the one selected; mail that is not an application (未分類) and spam. Mail files dropped here
// are imported.
class IntakeArea : public AreaWidget
{
    Q_OBJECT

public:
    IntakeArea(UiServices& services, QWidget* parent = nullptr);
    // Shows receiving mail (MailStatusPanel) at the top of the area.
    void setMailPanel(QWidget* panel);
    bool isLoading() const override;
    // Reads the rooms, the mail lists and the counts on a worker thread (tests count its reads).
    IntakeListsLoader& listsLoader() { return *m_loader; }

Q_SIGNALS:
    void filesDropped(const QStringList& paths);
    // A mail was turned into an applicant, attached or ignored: other areas need reloading.
    void storeChanged();
    // How many applications wait for a reply and how many of them are overdue, counted at the last reload.
    void waitingCounted(int awaiting, int overdue);

protected:
    StoreResult<Done> reload() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createWaitingTab();
    QWidget* createMailTab(MessageTableModel* model, const QString& viewName, bool withActions);
    void roomSelected();
    void applicantSelected();
    void showLists(const IntakeLists& lists);
    void updateSummary(int awaiting, int overdue);
    void updateTabTitles(int unclassified, int spam, int ignored);
    qint64 selectedMessage(const QString& viewName) const;
    void makeApplicant(qint64 messageId);
    void ignoreMessage(qint64 messageId);
    void restoreMessage(qint64 messageId);
    void attachMessage(qint64 messageId);

    UiServices& m_services;
    ApplicantTableModel* m_applicants = nullptr; // those waiting for a reply, longest wait first
    RoomTableModel* m_rooms = nullptr;
    QComboBox* m_forHost = nullptr;
    QVector<Host> m_hosts;      // as last read
    qint64 m_savedForHost = -1; // the choice last written to the settings
    void fillHosts(const QVector<Host>& hosts);
    void hostChosen();
    MessageTableModel* m_unclassified = nullptr;
    MessageTableModel* m_spam = nullptr;
    MessageTableModel* m_ignored = nullptr;
    IntakeListsLoader* m_loader = nullptr;
    bool m_showingLists = false;
    QTableView* m_roomsView = nullptr;
    QTableView* m_applicantsView = nullptr;
    ApplicantDetails* m_details = nullptr;
    qint64 m_keepSelected = 0; // the applicant selected before the list reloads
    QTabWidget* m_tabs = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace tsunagu::ui
