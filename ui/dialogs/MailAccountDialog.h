// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "domain/Room.h"

#include <QDialog>
#include <QStringList>
#include <QVector>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace tsunagu::ui {

// Adds or edits one mail account: a preset for the known services, the server, the user and password, the
// folder and the rooms that receive on it. Saving is refused with the reasons shown in the dialog (never a
// silent failure); the caller stores the account when the dialog is accepted.
class MailAccountDialog : public QDialog
{
    Q_OBJECT

public:
    // `nameInUse` says whether another account already has a name.
    MailAccountDialog(const MailAccount& account, const QStringList& accountRooms, const QVector<Room>& rooms,
                      std::function<bool(const QString&)> nameInUse, QWidget* parent = nullptr);

    // What the form holds (id, secret key, pin and last error are kept from the account it started with).
    MailAccount account() const;
    QStringList roomCodes() const;
    // Empty: keep the saved password.
    QString password() const;

    void accept() override;

private:
    void presetChosen();
    void securityChosen();
    void smtpSecurityChosen();
    void showIssues(const QStringList& issues);
    // What the host needs to know about a preset (app passwords, sign-in, settings to turn on).
    static QString presetNote(int preset);
    MailProvider provider() const;
    void signInChosen();
    bool signsIn() const;

    MailAccount m_original;
    std::function<bool(const QString&)> m_nameInUse;
    QComboBox* m_preset = nullptr;
    QLabel* m_presetNote = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_askPassword = nullptr;
    QCheckBox* m_signIn = nullptr;        // Microsoft/Google sign-in instead of a password
    QLineEdit* m_oauthClientId = nullptr; // empty: the client ID this build was registered with
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_smtpHost = nullptr;
    QSpinBox* m_smtpPort = nullptr;
    QComboBox* m_smtpSecurity = nullptr;
    QLineEdit* m_fromName = nullptr;
    QComboBox* m_charset = nullptr;
    QLineEdit* m_sentFolder = nullptr;
    QLineEdit* m_draftsFolder = nullptr;
    QListWidget* m_rooms = nullptr;
    QLabel* m_lastError = nullptr;
    QLabel* m_issues = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace tsunagu::ui
