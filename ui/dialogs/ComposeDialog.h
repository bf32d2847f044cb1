// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "secrets/PasswordSource.h"
#include "sending/ReplyEditor.h"

#include <QDialog>

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
// blocking the window. The reply itself (drafts, problems, secrets, sending) is a ReplyEditor; this is its view
// and the questions it asks the host.
class ComposeDialog : public QDialog
{
    Q_OBJECT

public:
    // replyId 0 starts a new reply from the applicant's room template; otherwise the stored draft is reopened.
    ComposeDialog(UiServices& services, qint64 applicantId, qint64 replyId = 0, QWidget* parent = nullptr);
    ~ComposeDialog() override;

    qint64 replyId() const { return m_editor->replyId(); }

Q_SIGNALS:
    // The reply went out (or to the Drafts folder): the applicant's status may have changed.
    void replySent();

protected:
    void done(int result) override;

private:
    void buildForm();
    void fillChoices();
    void chooseTemplate();
    void loadReply(qint64 replyId);
    void showText();
    void showReferralChoices(ReplyAction action);
    // The option to attach the room's next meetings: offered for invitations to a room that plans meetings.
    void showMeetingsOption();
    void updateProblems();
    void updatePreview();
    void markText(QPlainTextEdit* editor);
    void startSending(bool toDrafts);
    void askPassword(MailPassword which, const MailAccount& account);
    void confirmOthers(const OthersAnswer& answer);
    void showSent(const ReplySent& result);
    void showFailure(const SendFailure& failure);
    void setBusy(bool busy);

    UiServices& m_services;
    qint64 m_applicantId = 0;
    bool m_loading = false;
    PasswordSource m_passwords;
    ReplyEditor* m_editor = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_host = nullptr;
    QComboBox* m_otherRoom = nullptr;
    QLabel* m_otherRoomLabel = nullptr;
    QGroupBox* m_referral = nullptr;
    QCheckBox* m_consent = nullptr;
    QCheckBox* m_attachMeetings = nullptr;
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
};

} // namespace tsunagu::ui
