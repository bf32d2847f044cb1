// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QNetworkAccessManager;

namespace tsunagu {
class SignInFlow;
}

namespace tsunagu::ui {

class MailAccountDialog;
class MailAccountTableModel;

// 設定 → メールアカウント: the accounts applications arrive in; add, edit and remove them.
class MailAccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MailAccountsPage(UiServices& services, QWidget* parent = nullptr);
    StoreResult<Done> reload();

Q_SIGNALS:
    // An account was saved or removed (its password may still be on its way to the keychain).
    void accountsChanged();

private:
    void addAccount();
    void editAccount();
    void removeAccount();
    // Microsoft/Google sign-in in the system browser for the selected account; the tokens go to the keychain.
    void signIn();
    void showSignInState();
    void openDialog(const MailAccount& account, const QStringList& rooms);
    void save(MailAccountDialog* dialog);
    void storePassword(const MailAccount& account, const QString& password);
    void showStoreError(const StoreFailure& failure);
    int selectedRow() const;

    UiServices& m_services;
    MailAccountTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_signInState = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    SignInFlow* m_flow = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace tsunagu::ui
