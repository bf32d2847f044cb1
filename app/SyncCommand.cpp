// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "Console.h"
#include "mail/net/SslMailSocket.h"
#include "receiving/MailboxSync.h"
#include "secrets/PasswordSource.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace tsunagu::app {
namespace {

constexpr int s_usage = 2;
constexpr int s_failed = 1;

// Machine-readable: stable keys, never translated, nothing from the mail itself.
QJsonObject toJson(const MailAccount& account, const SyncReport& r)
{
    QJsonObject o{{QStringLiteral("account"), account.name},
                  {QStringLiteral("ok"), r.ok},
                  {QStringLiteral("fetched"), r.fetched},
                  {QStringLiteral("read"), r.read},
                  {QStringLiteral("waiting"), r.waiting},
                  {QStringLiteral("applications"), r.applications},
                  {QStringLiteral("duplicates"), r.duplicates},
                  {QStringLiteral("replies"), r.replies},
                  {QStringLiteral("unclassified"), r.unclassified},
                  {QStringLiteral("spam"), r.spam},
                  {QStringLiteral("already_known"), r.alreadyKnown},
                  {QStringLiteral("over_size_cap"), r.overCap},
                  {QStringLiteral("rematched"), r.rematched},
                  {QStringLiteral("on_server"), r.onServer},
                  {QStringLiteral("uidvalidity_changed"), r.uidValidityChanged}};
    if (!r.ok) {
        o.insert(QStringLiteral("problem"), mailAccountProblemKey(r.problem));
        o.insert(QStringLiteral("detail"), r.detail);
    }
    if (r.certificate) {
        o.insert(QStringLiteral("certificate"),
                 QJsonObject{{QStringLiteral("subject"), r.certificate->subject},
                             {QStringLiteral("issuer"), r.certificate->issuer},
                             {QStringLiteral("sha256"), formatSha256(r.certificate->sha256)}});
    }
    return o;
}

void printWaiting(const SyncReport& r)
{
    if (r.waiting > 0) {
        Console::out(SyncCommand::tr("  waiting to be read: %1 (the next tsunagu sync, or opening the window, reads "
                                     "them)")
                         .arg(r.waiting));
    }
}

void printCounts(const SyncReport& r)
{
    Console::out(SyncCommand::tr("  applications %1 (duplicates %2), replies %3, unclassified %4, spam %5")
                     .arg(r.applications)
                     .arg(r.duplicates)
                     .arg(r.replies)
                     .arg(r.unclassified)
                     .arg(r.spam));
}

void printReport(const MailAccount& account, const SyncReport& r, bool fetchOnly)
{
    if (!r.ok) {
        Console::error(SyncCommand::tr("%1: %2").arg(account.name, MailAccountText::problem(r.problem)));
        if (r.certificate) {
            Console::error(
                SyncCommand::tr("  Certificate: %1\n  Issued by: %2\n  SHA-256: %3\n"
                                "  If you trust it, add it again with --pin %3.")
                    .arg(r.certificate->subject, r.certificate->issuer, formatSha256(r.certificate->sha256)));
        }
        if (!r.detail.isEmpty())
            Console::error(SyncCommand::tr("  Details: %1").arg(r.detail));
        // Mail that had reached the computer (kept by an earlier run, or by this one before the server was lost)
        // was read all the same.
        if (r.read > 0) {
            printCounts(r);
            Console::out(SyncCommand::tr("  read %1 (including mail fetched earlier)").arg(r.read));
        }
        printWaiting(r);
        return;
    }
    Console::out(SyncCommand::tr("%1: %n new mail(s)", nullptr, r.fetched).arg(account.name));
    // --fetch-only reads nothing, unless mail of an earlier run had to be read before a recreated mailbox could be
    // matched again.
    if (!fetchOnly || r.read > 0)
        printCounts(r);
    if (r.alreadyKnown > 0 || r.overCap > 0 || r.rematched > 0) {
        Console::out(SyncCommand::tr("  already received %1, over the size cap %2, found again after the mailbox "
                                     "was recreated %3")
                         .arg(r.alreadyKnown)
                         .arg(r.overCap)
                         .arg(r.rematched));
    }
    // Mail fetched by an earlier run (--fetch-only, or one that stopped) is read too.
    if (r.read > r.fetched)
        Console::out(SyncCommand::tr("  read %1 (including mail fetched earlier)").arg(r.read));
    printWaiting(r);
}

// Syncs the accounts one after another on the command's event loop; the last one ends it.
class Runner : public QObject
{
public:
    Runner(Session& session, QVector<MailAccount> accounts, std::optional<QString> password, bool json, bool fetchOnly)
        : m_session(session)
        , m_source(session.keychain())
        , m_accounts(std::move(accounts))
        , m_password(std::move(password))
        , m_json(json)
        , m_fetchOnly(fetchOnly)
    {}

    void next()
    {
        if (m_index >= m_accounts.size()) {
            if (m_json)
                Console::out(QString::fromUtf8(QJsonDocument(m_results).toJson(QJsonDocument::Indented)));
            QCoreApplication::exit(m_failed ? s_failed : 0);
            return;
        }
        const MailAccount& account = m_accounts.at(m_index);
        if (m_password)
            return syncWith(account, *m_password);
        // A command cannot ask: the password comes from the keychain or from standard input.
        m_source.lookup(account, MailPassword::Imap, this, [this, account](const PasswordLookup& lookup) {
            if (!lookup.found()) {
                SyncReport report;
                report.ok = false;
                report.problem = MailAccountProblem::PasswordMissing;
                report.detail =
                    MailAccountText::secretError(lookup.askEachTime ? SecretError::NotFound : lookup.reason);
                return done(account, report);
            }
            syncWith(account, *lookup.password);
        });
    }

private:
    void syncWith(const MailAccount& account, const QString& password)
    {
        auto rooms = m_session.mailAccounts().roomCodes(account.id);
        MailboxSync::Options options;
        options.read = !m_fetchOnly;
        m_sync = std::make_unique<MailboxSync>(SslMailSocket::factory(), m_session.profile().database(),
                                               m_session.clock(), options);
        QObject::connect(m_sync.get(), &MailboxSync::finished, this,
                         [this, account](const SyncReport& report) { done(account, report); });
        m_sync->start(account, rooms ? rooms.value() : QStringList(), password);
    }

    void done(const MailAccount& account, const SyncReport& report)
    {
        // A signed-in account whose access token the server refused (revoked early, or the clock was off): renew it
        // and try once more; a second refusal is reported like any other.
        if (!report.ok && report.problem == MailAccountProblem::LoginFailed &&
            account.authMethod == MailAuthMethod::OAuth2 && !m_password && !m_renewedOnce) {
            m_renewedOnce = true;
            m_session.keychainTokens().renewNextRead(account.secretKey);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_sync.reset();
                    next();
                },
                Qt::QueuedConnection);
            return;
        }
        m_renewedOnce = false;
        m_failed = m_failed || !report.ok;
        if (m_json)
            m_results.append(toJson(account, report));
        else
            printReport(account, report, m_fetchOnly);
        ++m_index;
        // Not inside the finishing sync's own signal: it is deleted before the next account starts.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_sync.reset();
                next();
            },
            Qt::QueuedConnection);
    }

    Session& m_session;
    PasswordSource m_source;
    QVector<MailAccount> m_accounts;
    std::optional<QString> m_password;
    bool m_json = false;
    bool m_fetchOnly = false;
    int m_index = 0;
    bool m_failed = false;
    bool m_renewedOnce = false; // the current account's token was renewed after a refusal
    QJsonArray m_results;
    std::unique_ptr<MailboxSync> m_sync;
};

} // namespace

int SyncCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("account"), tr("Receive mail for this account only."), tr("NAME")});
    parser.addOption({QStringLiteral("password-stdin"),
                      tr("Read the password from the first line of standard input (for computers without a "
                         "keychain). It is used for this sync only and not kept.")});
    parser.addOption({QStringLiteral("json"), tr("Print what was received as JSON.")});
    parser.addOption({QStringLiteral("fetch-only"),
                      tr("Only download new mail and keep it safely, without reading it yet (the quickest way to get "
                         "a large mailbox onto this computer). The next tsunagu sync, or opening the window, reads "
                         "it.")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return s_usage;
    }

    QVector<MailAccount> accounts;
    if (parser.isSet(QStringLiteral("account"))) {
        auto account = session.mailAccounts().byName(parser.value(QStringLiteral("account")));
        if (!account) {
            Console::error(tr("There is no mail account named \"%1\". tsunagu account list shows them.")
                               .arg(parser.value(QStringLiteral("account"))));
            return s_usage;
        }
        accounts.append(account.value());
    } else {
        auto all = session.mailAccounts().all();
        if (!all) {
            Console::error(ErrorText::title(all.error().code));
            return s_failed;
        }
        accounts = all.value();
    }
    if (accounts.isEmpty()) {
        Console::error(tr("There is no mail account yet. Add one with tsunagu account add."));
        return s_usage;
    }
    std::optional<QString> password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        if (accounts.size() > 1) {
            Console::error(tr("--password-stdin gives one password: name the account with --account."));
            return s_usage;
        }
        if (accounts.first().authMethod == MailAuthMethod::OAuth2) {
            Console::error(tr("%1 signs in through its provider and takes no password: leave out --password-stdin "
                              "(tsunagu account sign-in signs in again).")
                               .arg(accounts.first().name));
            return s_usage;
        }
        password = Console::readSecretLine();
        if (!password) {
            Console::error(tr("No password was given on standard input."));
            return s_usage;
        }
    }
    Runner runner(session, accounts, password, parser.isSet(QStringLiteral("json")),
                  parser.isSet(QStringLiteral("fetch-only")));
    QMetaObject::invokeMethod(
        &runner, [&runner] { runner.next(); }, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

} // namespace tsunagu::app
