// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/MailAccountsPage.h"

#include "dialogs/MailAccountDialog.h"
#include "models/MailAccountTableModel.h"
#include "oauth/SignInFlow.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"
#include "text/OAuthText.h"
#include "text/Sentences.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

MailAccountsPage::MailAccountsPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mailAccountsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tsunagu receives the applications from these mail accounts. Each room's "
                                "applications arrive in one account."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new MailAccountTableModel(services.mailAccounts, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("mailAccountsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add account…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    m_signIn = new QPushButton(tr("&Sign in…"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setToolTip(tr("Sign in with Microsoft or Google in the browser, so that Tsunagu can receive and send "
                            "this account's mail without a password."));
    buttons->addWidget(m_signIn);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_signInState = new QLabel(this);
    m_signInState->setObjectName(QStringLiteral("signInStateLabel"));
    m_signInState->setWordWrap(true);
    layout->addWidget(m_signInState);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("passwordNoteLabel"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(add, &QPushButton::clicked, this, &MailAccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &MailAccountsPage::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &MailAccountsPage::removeAccount);
    connect(m_signIn, &QPushButton::clicked, this, &MailAccountsPage::signIn);
    connect(m_view, &QTableView::doubleClicked, this, &MailAccountsPage::editAccount);
    auto selectionChanged = [this] {
        const bool selected = selectedRow() >= 0;
        m_edit->setEnabled(selected);
        m_remove->setEnabled(selected);
        showSignInState();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, selectionChanged);
    selectionChanged();
}

StoreResult<Done> MailAccountsPage::reload()
{
    return m_model->reload();
}

int MailAccountsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MailAccountsPage::addAccount()
{
    openDialog(presetAccount(MailProvider::Gmail), {});
}

void MailAccountsPage::editAccount()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const MailAccountRow& selected = m_model->rowAt(row);
    openDialog(selected.account, selected.roomCodes);
}

void MailAccountsPage::openDialog(const MailAccount& account, const QStringList& rooms)
{
    auto allRooms = m_services.rooms.all();
    if (!allRooms) {
        showStoreError(allRooms.error());
        return;
    }
    MailAccountRepository& accounts = m_services.mailAccounts;
    auto* dialog = new MailAccountDialog(
        account, rooms, allRooms.value(), [&accounts](const QString& name) { return accounts.byName(name).ok(); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog); });
    // open(), not exec(): window-modal without a nested event loop, and tests can fill it in.
    dialog->open();
}

void MailAccountsPage::save(MailAccountDialog* dialog)
{
    const MailAccount account = dialog->account();
    auto saved = m_services.mailAccounts.save(account, dialog->roomCodes());
    if (!saved) {
        showStoreError(saved.error());
        return;
    }
    m_note->clear();
    if (auto reloaded = reload(); !reloaded)
        showStoreError(reloaded.error());
    const QString password = dialog->password();
    if (!password.isEmpty() && !account.askPassword) {
        auto stored = m_services.mailAccounts.byId(saved.value());
        if (stored)
            storePassword(stored.value(), password);
    }
    Q_EMIT accountsChanged();
}

void MailAccountsPage::storePassword(const MailAccount& account, const QString& password)
{
    const QString name = account.name;
    m_services.secrets.write(
        account.secretKey, password, this, [this, name](const Result<SecretLocation, SecretError>& written) {
            if (!written.ok()) {
                const QString text =
                    Sentences::join(MailAccountText::secretError(written.error().code),
                                    tr("The password for \"%1\" was not saved; you will be asked for it when mail "
                                       "is received.")
                                        .arg(name));
                m_note->setText(text);
                m_services.prompter.inform(this, tr("Password not saved"), text);
                return;
            }
            if (written.value() == SecretLocation::SessionOnly) {
                m_note->setText(MailAccountText::sessionOnly());
                m_services.prompter.inform(this, tr("Password kept for this session only"),
                                           MailAccountText::sessionOnly());
                return;
            }
            m_note->setText(tr("The password for \"%1\" is kept in this computer's keychain.").arg(name));
        });
}

void MailAccountsPage::removeAccount()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const MailAccount account = m_model->rowAt(row).account;
    const QString text = tr("Remove the mail account \"%1\" and its saved password? Mail already received stays "
                            "in Tsunagu; its rooms receive no new applications until you add them to another "
                            "account.")
                             .arg(account.name);
    if (!m_services.prompter.confirm(this, tr("Remove mail account"), text, tr("Remove")))
        return;
    if (auto removed = m_services.mailAccounts.remove(account.id); !removed) {
        showStoreError(removed.error());
        return;
    }
    m_services.secrets.remove(account.secretKey, this, [](const std::optional<SecretFailure>&) {});
    m_note->setText(tr("Removed the mail account \"%1\".").arg(account.name));
    if (auto reloaded = reload(); !reloaded)
        showStoreError(reloaded.error());
    Q_EMIT accountsChanged();
}

void MailAccountsPage::showSignInState()
{
    const int row = selectedRow();
    const bool oauth = row >= 0 && m_model->rowAt(row).account.authMethod == MailAuthMethod::OAuth2;
    m_signIn->setVisible(oauth && m_services.tokens);
    m_signIn->setEnabled(oauth && m_services.tokens && !m_flow);
    m_signInState->setVisible(oauth);
    if (!oauth)
        return;
    const MailAccount account = m_model->rowAt(row).account;
    m_signInState->setText(OAuthText::signedIn(account.userName, account.oauthSignedInAt, {}));
    if (!m_services.tokens || !account.oauthSignedInAt.isValid())
        return;
    // When the sign-in was last renewed is only in the keychain, with the tokens.
    const qint64 id = account.id;
    m_services.tokens->readTokens(
        account.secretKey, this, [this, id, account](const Result<OAuthTokens, SecretError>& tokens) {
            const int current = selectedRow();
            if (!tokens.ok() || current < 0 || m_model->rowAt(current).account.id != id)
                return;
            m_signInState->setText(
                OAuthText::signedIn(account.userName, account.oauthSignedInAt, tokens.value().renewedAt));
        });
}

void MailAccountsPage::signIn()
{
    const int row = selectedRow();
    if (row < 0 || !m_services.tokens || m_flow)
        return;
    const MailAccount account = m_model->rowAt(row).account;
    const OAuthResult<OAuthEndpoints> endpoints = resolveOAuth(account.oauth);
    if (!endpoints) {
        // Says exactly what is missing (the client ID and where to give it), with the technical detail.
        m_services.prompter.inform(this, tr("Cannot sign in"),
                                   OAuthText::error(endpoints.error().code) + QStringLiteral("\n\n") +
                                       endpoints.error().detail);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_flow = new SignInFlow(*m_network, m_services.clock, this);
    const auto started = m_flow->start(
        endpoints.value(), account.userName, {OAuthText::successPage(), OAuthText::failurePage()},
        [this, account](OAuthResult<OAuthTokens> result) {
            m_flow->deleteLater();
            m_flow = nullptr;
            if (!result.ok()) {
                m_note->setText(OAuthText::error(result.error().code));
                m_services.prompter.inform(this, tr("Sign-in not finished"), OAuthText::error(result.error().code));
                showSignInState();
                return;
            }
            m_services.tokens->storeTokens(
                account.secretKey, result.value(), this,
                [this, account](const Result<SecretLocation, SecretError>& written) {
                    if (!written.ok()) {
                        m_note->setText(MailAccountText::secretError(written.error().code));
                        return;
                    }
                    (void)m_services.mailAccounts.setSignedIn(account.id, m_services.clock.now());
                    (void)m_services.mailAccounts.clearLastError(account.id);
                    m_note->setText(
                        written.value() == SecretLocation::SessionOnly
                            ? MailAccountText::sessionOnly()
                            : tr("Signed in: \"%1\" receives and sends without asking again.").arg(account.name));
                    if (auto reloaded = reload(); !reloaded)
                        showStoreError(reloaded.error());
                    Q_EMIT accountsChanged();
                });
        });
    if (!started) {
        m_flow->deleteLater();
        m_flow = nullptr;
        m_services.prompter.inform(this, tr("Cannot sign in"), OAuthText::error(started.error().code));
        return;
    }
    m_note->setText(tr("Sign in with %1 in the browser window that opened. Tsunagu waits up to 5 minutes.")
                        .arg(OAuthText::providerName(account.oauth.provider)));
    m_signIn->setEnabled(false);
    QDesktopServices::openUrl(started.value());
}

void MailAccountsPage::showStoreError(const StoreFailure& failure)
{
    m_services.prompter.inform(this, ErrorText::title(failure.code),
                               ErrorText::explanation(failure.code, m_services.profileDirectory));
}

} // namespace tsunagu::ui
