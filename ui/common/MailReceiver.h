// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

class QWidget;

namespace tsunagu::ui {

// Receives mail for every account while the window is open: one MailWatcher per account, the password from the
// SecretStore or asked through the Prompter, and the certificate decision put to the host (STYLE.md §13).
//
// Questions are only asked when the host pressed "Receive mail" (receiveNow()): when the window opens, an
// account without a password, or with a certificate to decide on, waits and says so instead of opening dialogs.
// A typed password is kept in memory for this session only.
class MailReceiver : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        MailAccount account;
        MailWatcher::State state = MailWatcher::State::Stopped;
        QDateTime nextAttemptAt;
        QDateTime lastSyncAt;
        bool awaitingPassword = false;        // nothing to log in with: waits for the host
        bool typedPassword = false;           // the password is one the host typed in this session
        std::optional<SyncReport> lastReport; // of this session
        std::optional<SyncProgress> progress; // while a run is on
    };

    // `window` is the parent of the questions.
    MailReceiver(UiServices& services, QWidget* window, QObject* parent = nullptr);

    // When the window opens: a watcher for each account that has a password at hand; no questions.
    void startAll();
    // The host pressed "Receive mail": a run now for every account, asking for what is missing.
    void receiveNow();
    // When the window closes.
    void stopAll();
    // Accounts were added, edited or removed in the settings.
    void accountsChanged();
    // Retries at once when the network comes back, where Qt has a network-information backend.
    void followNetwork();

    QVector<Status> statuses() const;
    bool hasAccounts() const { return !m_entries.empty(); }

Q_SIGNALS:
    void statusChanged();
    // New mail was stored: the lists need reloading.
    void mailStored();

private:
    struct Entry
    {
        MailAccount account;
        QStringList rooms;
        QPointer<MailWatcher> watcher;
        QString typedPassword; // this session only
        bool awaitingPassword = false;
        bool hostAsked = false;    // the run in progress was asked for by the host: questions may follow it
        bool tokenRenewed = false; // signed-in account: renewed once after a refusal; reset by a good run
        std::optional<SyncProgress> progress;
    };

    void loadAccounts(bool restartChanged);
    Entry* find(qint64 id);
    // Calls `use` with a password: typed this session, from the SecretStore, or asked (interactive only).
    // `refused`: the server refused the last one, so it is asked again.
    void withPassword(qint64 id, bool interactive, bool refused, std::function<void(const QString&)> use);
    void startWatcher(qint64 id, const QString& password);
    void resolve(qint64 id);
    void runFinished(qint64 id, const SyncReport& report);
    void decideCertificate(qint64 id, const SyncReport& report);

    UiServices& m_services;
    QWidget* m_window;
    std::map<qint64, Entry> m_entries; // by account id
};

} // namespace tsunagu::ui
