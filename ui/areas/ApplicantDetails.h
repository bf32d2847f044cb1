// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewActions.h"

#include "UiServices.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tsunagu::ui {

// What one application says: the hints for the host, the form fields as parsed (unknown labels too), and the
// original text of the mail, with its raw source on request.
class ApplicantDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantDetails(UiServices& services, QWidget* parent = nullptr);

    void showApplicant(qint64 applicantId); // 0 clears
    qint64 applicantId() const { return m_applicantId; }
    // What the list of applicants beside these details offers in its context menu and on Enter and Delete.
    ViewActions listActions() const;

Q_SIGNALS:
    // The host changed the applicant here (status, room, a duplicate resolved, back to 未分類); lists need reloading.
    void applicantChanged();

private:
    void showSource();
    void showReplies();
    void openCompose(qint64 replyId);
    void resolveDuplicate(DuplicateState decision);
    void fillActions(const Applicant& applicant);
    void changeStatus();
    void changeRoom();
    void returnToUnclassified();
    void deleteApplicant();
    // 名簿に加える: the applicant, invited or attending, becomes a member of their room in one step.
    void addToRoster();
    void updateRosterButton(const Applicant& applicant);
    void reportStoreError(const StoreFailure& failure);

    UiServices& m_services;
    qint64 m_applicantId = 0;
    qint64 m_messageId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_hints = nullptr;
    QWidget* m_duplicateBar = nullptr;
    QLabel* m_duplicateLabel = nullptr;
    QStandardItemModel* m_fields = nullptr;
    QTableView* m_fieldsView = nullptr;
    QLabel* m_decodingNote = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_sourceButton = nullptr;
    QPushButton* m_replyButton = nullptr;
    QLabel* m_replies = nullptr;
    qint64 m_openDraftId = 0;
    QWidget* m_actions = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_statusNote = nullptr;
    QPushButton* m_changeStatus = nullptr;
    QComboBox* m_room = nullptr;
    QPushButton* m_unclassify = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_addToRoster = nullptr;
};

} // namespace tsunagu::ui
