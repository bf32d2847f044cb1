// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MailReceiver.h"

#include "secrets/PasswordSource.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"
#include "text/Sentences.h"

#include <QNetworkInformation>
#include <QSet>
#include <QTimer>

namespace tsunagu::ui {

MailReceiver::MailReceiver(UiServices& services, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{
    loadAccounts(false); // shown before anything is received
}

void MailReceiver::startAll()
{
    loadAccounts(false);
    for (auto& [id, entry] : m_entries) {
        if (!entry.watcher || entry.watcher->state() == MailWatcher::State::Stopped)
            withPassword(id, false, false, [this, id = id](const QString& password) { startWatcher(id, password); });
    }
}

void MailReceiver::receiveNow()
{
    loadAccounts(false);
    if (m_entries.empty()) {
        m_services.prompter.inform(m_window, tr("Receive mail"),
                                   tr("There is no mail account yet. Add the room's mailbox in Settings → Mail "
                                      "accounts, then receive mail here."));
        return;
    }
    QVector<qint64> ids;
    for (const auto& [id, entry] : m_entries)
        ids.append(id);
    // One by one: a question for one account may come before the next one starts.
    for (const qint64 id : ids)
        resolve(id);
}

void MailReceiver::resolve(qint64 id)
{
    Entry* entry = find(id);
    if (!entry)
        return;
    entry->hostAsked = true;
    auto start = [this, id](const QString& password) {
        startWatcher(id, password);
    };
    if (!entry->watcher || entry->watcher->state() == MailWatcher::State::Stopped || entry->awaitingPassword)
        return withPassword(id, true, false, start);
    if (entry->watcher->state() != MailWatcher::State::NeedsAttention)
        return entry->watcher->syncNow();
    const std::optional<SyncReport>& report = entry->watcher->lastReport();
    const MailAccountProblem problem = report ? report->problem : MailAccountProblem::Other;
    if ((problem == MailAccountProblem::TlsUntrusted || problem == MailAccountProblem::CertificateChanged) &&
        report->certificate)
        return decideCertificate(id, *report);
    const bool refused = problem == MailAccountProblem::LoginFailed || problem == MailAccountProblem::PasswordMissing;
    withPassword(id, true, refused, start);
}

void MailReceiver::stopAll()
{
    for (auto& [id, entry] : m_entries) {
        if (entry.watcher)
            entry.watcher->stop();
    }
}

void MailReceiver::accountsChanged()
{
    loadAccounts(true);
}

void MailReceiver::followNetwork()
{
    // Optional: Debian ships the NetworkManager backend, but it needs the system bus; without it nothing changes.
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability != QNetworkInformation::Reachability::Online)
                    return;
                for (auto& [id, entry] : m_entries) {
                    if (entry.watcher)
                        entry.watcher->networkChanged();
                }
            });
}

QVector<MailReceiver::Status> MailReceiver::statuses() const
{
    QVector<Status> result;
    for (const auto& [id, entry] : m_entries) {
        Status status;
        status.account = entry.account;
        status.awaitingPassword = entry.awaitingPassword;
        status.typedPassword = !entry.typedPassword.isEmpty();
        status.progress = entry.progress;
        if (entry.watcher) {
            status.state = entry.watcher->state();
            status.nextAttemptAt = entry.watcher->nextAttemptAt();
            status.lastSyncAt = entry.watcher->lastSyncAt();
            status.lastReport = entry.watcher->lastReport();
        }
        result.append(status);
    }
    return result;
}

void MailReceiver::loadAccounts(bool restartChanged)
{
    auto accounts = m_services.mailAccounts.all();
    if (!accounts) {
        m_services.prompter.inform(m_window, ErrorText::title(accounts.error().code),
                                   ErrorText::explanation(accounts.error().code, m_services.profileDirectory));
        return;
    }
    QSet<qint64> present;
    for (const MailAccount& account : accounts.value()) {
        present.insert(account.id);
        auto rooms = m_services.mailAccounts.roomCodes(account.id);
        const bool known = m_entries.count(account.id) > 0;
        Entry& entry = m_entries[account.id];
        entry.account = account;
        entry.rooms = rooms ? rooms.value() : QStringList();
        if (!known && restartChanged) {
            const qint64 id = account.id;
            withPassword(id, false, false, [this, id](const QString& password) { startWatcher(id, password); });
        } else if (known && restartChanged && entry.watcher && entry.watcher->state() != MailWatcher::State::Stopped) {
            // The settings may hold a new password, server or pin: start again with them.
            if (!account.askPassword)
                entry.typedPassword.clear();
            const qint64 id = account.id;
            withPassword(id, false, false, [this, id](const QString& password) { startWatcher(id, password); });
        }
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (present.contains(it->first)) {
            ++it;
            continue;
        }
        if (it->second.watcher) {
            it->second.watcher->stop();
            it->second.watcher->deleteLater();
        }
        it = m_entries.erase(it);
    }
    Q_EMIT statusChanged();
}

MailReceiver::Entry* MailReceiver::find(qint64 id)
{
    auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

void MailReceiver::withPassword(qint64 id, bool interactive, bool refused, std::function<void(const QString&)> use)
{
    Entry* entry = find(id);
    if (!entry)
        return;
    if (entry->account.authMethod == MailAuthMethod::OAuth2) {
        // A signed-in account has no password to ask for: its access token comes from the keychain, renewed when
        // it lapses or when the server refused it. A sign-in the provider withdrew waits for the host's new one.
        if (refused && m_services.tokens)
            m_services.tokens->renewNextRead(entry->account.secretKey);
        PasswordSource(m_services.secrets)
            .lookup(
                entry->account, MailPassword::Imap, this, [this, id, interactive, use](const PasswordLookup& lookup) {
                    if (lookup.found())
                        return use(*lookup.password);
                    Entry* e = find(id);
                    if (!e)
                        return;
                    e->awaitingPassword = true;
                    Q_EMIT statusChanged();
                    if (interactive)
                        m_services.prompter.inform(
                            m_window, tr("Sign in again"),
                            MailAccountText::secretError(lookup.askEachTime ? SecretError::NotFound : lookup.reason));
                });
        return;
    }
    if (!entry->typedPassword.isEmpty() && !refused)
        return use(entry->typedPassword);
    auto ask = [this, id, interactive, refused, use] {
        Entry* e = find(id);
        if (!e)
            return;
        if (!interactive) {
            e->awaitingPassword = true;
            Q_EMIT statusChanged();
            return;
        }
        QString text = refused ? tr("The mail server refused the password for \"%1\" (%2). Enter it again.")
                               : tr("Enter the password for \"%1\" (%2).");
        text = Sentences::join(text.arg(e->account.name, e->account.userName),
                               tr("It is kept only until Tsunagu closes and is not saved. To save it, enter it in "
                                  "Settings → Mail accounts."));
        const std::optional<QString> typed = m_services.prompter.askPassword(m_window, tr("Mail password"), text);
        e = find(id); // the question ran its own event loop
        if (!e)
            return;
        if (!typed) {
            e->awaitingPassword = true;
            e->hostAsked = false;
            Q_EMIT statusChanged();
            return;
        }
        e->typedPassword = *typed;
        use(*typed);
    };
    if (refused)
        return ask();
    PasswordSource(m_services.secrets)
        .lookup(entry->account, MailPassword::Imap, this, [ask, use](const PasswordLookup& lookup) {
            if (lookup.found())
                return use(*lookup.password);
            ask();
        });
}

void MailReceiver::startWatcher(qint64 id, const QString& password)
{
    Entry* entry = find(id);
    if (!entry)
        return;
    if (!entry->watcher) {
        MailWatcher* watcher = m_services.makeMailWatcher(this);
        entry->watcher = watcher;
        connect(watcher, &MailWatcher::runStarted, this, [this, id] {
            if (Entry* e = find(id))
                e->progress = SyncProgress{};
            Q_EMIT statusChanged();
        });
        connect(watcher, &MailWatcher::progressed, this, [this, id](const SyncProgress& progress) {
            if (Entry* e = find(id))
                e->progress = progress;
            Q_EMIT statusChanged();
        });
        connect(watcher, &MailWatcher::runFinished, this,
                [this, id](const SyncReport& report) { runFinished(id, report); });
        connect(watcher, &MailWatcher::stateChanged, this, &MailReceiver::statusChanged);
    }
    entry->awaitingPassword = false;
    entry->watcher->start(entry->account, entry->rooms, password);
    Q_EMIT statusChanged();
}

void MailReceiver::runFinished(qint64 id, const SyncReport& report)
{
    Entry* entry = find(id);
    if (!entry)
        return;
    entry->progress.reset();
    const bool hostAsked = entry->hostAsked;
    entry->hostAsked = false;
    if (auto account = m_services.mailAccounts.byId(id))
        entry->account = account.value(); // its last error changed
    // Mail is in the lists once it is read (a run downloads first and reads after).
    if (report.read > 0 || report.rematched > 0)
        Q_EMIT mailStored();
    Q_EMIT statusChanged();
    const bool certificate =
        report.problem == MailAccountProblem::TlsUntrusted || report.problem == MailAccountProblem::CertificateChanged;
    if (hostAsked && certificate && report.certificate) {
        // Not inside the watcher's signal: the question runs a dialog's event loop.
        QTimer::singleShot(0, this, [this, id, report] { decideCertificate(id, report); });
    }
    // A signed-in account's access token lapses after an hour while the watcher keeps it: the server's refusal
    // renews it and the watcher starts again with the new one, once; a second refusal waits for the host.
    if (entry->account.authMethod == MailAuthMethod::OAuth2) {
        if (report.problem == MailAccountProblem::LoginFailed && !entry->tokenRenewed) {
            entry->tokenRenewed = true;
            QTimer::singleShot(0, this, [this, id] {
                withPassword(id, false, true, [this, id](const QString& token) { startWatcher(id, token); });
            });
        } else if (report.ok) {
            entry->tokenRenewed = false;
        }
    }
}

void MailReceiver::decideCertificate(qint64 id, const SyncReport& report)
{
    Entry* entry = find(id);
    if (!entry || !report.certificate)
        return;
    const bool changed = report.problem == MailAccountProblem::CertificateChanged;
    const bool trusted = m_services.prompter.trustCertificate(
        m_window, MailAccountText::certificateTitle(changed),
        MailAccountText::certificateQuestion(entry->account, *report.certificate, changed), changed);
    entry = find(id);
    if (!trusted || !entry)
        return; // nothing changes: the error stays on show
    if (auto pinned = m_services.mailAccounts.setPin(id, report.certificate->sha256); !pinned) {
        m_services.prompter.inform(m_window, ErrorText::title(pinned.error().code),
                                   ErrorText::explanation(pinned.error().code, m_services.profileDirectory));
        return;
    }
    if (auto account = m_services.mailAccounts.byId(id))
        entry->account = account.value();
    entry->hostAsked = true;
    withPassword(id, true, false, [this, id](const QString& password) { startWatcher(id, password); });
}

} // namespace tsunagu::ui
