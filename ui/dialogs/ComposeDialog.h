// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "sending/ReplySender.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace tsunagu::ui {

// Writing one reply to an applicant: the action and template give the first text, the host edits it freely, the
// preview shows the message exactly as it will be sent (read back with our own parser), and 送信 sends it without
// blocking the window. Every change is saved as a draft at once: closing, a crash or a failed send lose nothing.
class ComposeDialog : public QDialog
{
    Q_OBJECT

public:
    // replyId 0 starts a new reply from the applicant's room template; otherwise the stored draft is reopened.
    ComposeDialog(UiServices& services, qint64 applicantId, qint64 replyId = 0, QWidget* parent = nullptr);
    ~ComposeDialog() override;

    qint64 replyId() const { return m_replyId; }

Q_SIGNALS:
    // The reply went out (or to the Drafts folder): the applicant's status may have changed.
    void replySent();

protected:
    void done(int result) override;

private:
    void fillChoices();
    void renderTemplate();
    void loadReply();
    void scheduleSave();
    bool saveNow();
    void updateProblems();
    void updatePreview();
    void startSending(bool toDrafts);
    void readPasswords(std::function<void(std::optional<SendPasswords>)> next, bool needSmtp);
    void sendWith(const SendPasswords& passwords, bool toDrafts, bool checked);
    void showFailure(const SendFailure& failure, bool toDrafts, const SendPasswords& passwords);
    void setBusy(bool busy);
    // After a referral reply went out: records the referral and, with consent, tells the other room.
    void referAfterSending(const SendPasswords& passwords, const QStringList& lines);

    UiServices& m_services;
    qint64 m_applicantId = 0;
    qint64 m_replyId = 0;
    bool m_loading = false;
    QStringList m_secretValues;
    QComboBox* m_action = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_host = nullptr;
    QComboBox* m_otherRoom = nullptr;
    QLabel* m_otherRoomLabel = nullptr;
    QGroupBox* m_referral = nullptr;
    QCheckBox* m_consent = nullptr;
    QVector<QCheckBox*> m_shareFields;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_secretNote = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_toDrafts = nullptr;
    QTimer m_saveTimer;
    ReplySender* m_sender = nullptr;
};

} // namespace tsunagu::ui
