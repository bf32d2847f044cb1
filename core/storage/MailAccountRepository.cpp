// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MailAccountRepository.h"

#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"

#include <QUuid>

namespace tsunagu {
namespace {

const QString s_columns = QStringLiteral(
    "id, name, provider, user_name, imap_host, imap_port, imap_security, smtp_host, smtp_port, smtp_security, "
    "folder, ca_file, pinned_sha256, ask_password, secret_key, last_error, last_error_detail, last_error_at, "
    "created_at, smtp_user_name, smtp_secret_key, smtp_pinned_sha256, from_address, from_name, outgoing_charset, "
    "sent_folder, drafts_folder, server_files_sent, auth_method, oauth_provider, oauth_client_id, "
    "oauth_authorize_url, oauth_token_url, oauth_scopes, oauth_signed_in_at");

MailAccount readAccount(const QSqlQuery& q)
{
    MailAccount a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.provider = mailProviderFromKey(q.value(2).toString());
    a.userName = q.value(3).toString();
    a.imapHost = q.value(4).toString();
    a.imapPort = q.value(5).toInt();
    a.imapSecurity = mailSecurityFromKey(q.value(6).toString());
    a.smtpHost = q.value(7).toString();
    a.smtpPort = q.value(8).toInt();
    a.smtpSecurity = mailSecurityFromKey(q.value(9).toString());
    a.folder = q.value(10).toString();
    a.caFile = q.value(11).toString();
    a.pinnedSha256 = QByteArray::fromHex(q.value(12).toString().toLatin1());
    a.askPassword = q.value(13).toBool();
    a.secretKey = q.value(14).toString();
    const QString problem = q.value(15).toString();
    a.lastError = problem.isEmpty() ? MailAccountProblem::None : mailAccountProblemFromKey(problem);
    a.lastErrorDetail = q.value(16).toString();
    a.lastErrorAt = sql::toInstant(q.value(17));
    a.createdAt = sql::toInstant(q.value(18));
    a.smtpUserName = q.value(19).toString();
    a.smtpSecretKey = q.value(20).toString();
    a.smtpPinnedSha256 = QByteArray::fromHex(q.value(21).toString().toLatin1());
    a.fromAddress = q.value(22).toString();
    a.fromName = q.value(23).toString();
    a.outgoingCharset = outgoingCharsetFromKey(q.value(24).toString());
    a.sentFolder = q.value(25).toString();
    a.draftsFolder = q.value(26).toString();
    a.serverFilesSent = q.value(27).toBool();
    a.authMethod = mailAuthMethodFromKey(q.value(28).toString());
    a.oauth.provider = q.value(29).toString();
    a.oauth.clientId = q.value(30).toString();
    a.oauth.authorizeUrl = q.value(31).toString();
    a.oauth.tokenUrl = q.value(32).toString();
    a.oauth.scopes = q.value(33).toString();
    a.oauthSignedInAt = sql::toInstant(q.value(34));
    return a;
}

QVariant pinValue(const QByteArray& sha256)
{
    return sha256.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(sha256.toHex()));
}

} // namespace

StoreResult<QVector<MailAccount>> MailAccountRepository::all() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM mail_accounts ORDER BY name").arg(s_columns)))
        return sql::failure(q);
    QVector<MailAccount> accounts;
    while (q.next())
        accounts.append(readAccount(q));
    return accounts;
}

StoreResult<MailAccount> MailAccountRepository::one(const QString& where, const QVariant& value) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM mail_accounts WHERE %2 = ?").arg(s_columns, where), {value}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such mail account")};
    return readAccount(q);
}

StoreResult<MailAccount> MailAccountRepository::byId(qint64 id) const
{
    return one(QStringLiteral("id"), id);
}

StoreResult<MailAccount> MailAccountRepository::byName(const QString& name) const
{
    return one(QStringLiteral("name"), name.trimmed());
}

StoreResult<qint64> MailAccountRepository::insert(const MailAccount& account)
{
    // An OAuth 2.0 account keeps tokens, not a password, under its key; the prefix tells the secret store so.
    const QString prefix =
        account.authMethod == MailAuthMethod::OAuth2 ? oauthSecretKeyPrefix() : QStringLiteral("mail-account/");
    const QString secretKey =
        account.secretKey.isEmpty() ? prefix + QUuid::createUuid().toString(QUuid::WithoutBraces) : account.secretKey;
    QSqlQuery q(m_database.connection());
    const bool ok = sql::exec(
        q,
        QStringLiteral("INSERT INTO mail_accounts (name, provider, user_name, imap_host, imap_port, imap_security, "
                       "smtp_host, smtp_port, smtp_security, folder, ca_file, pinned_sha256, ask_password, "
                       "secret_key, created_at, smtp_user_name, smtp_secret_key, smtp_pinned_sha256, from_address, "
                       "from_name, outgoing_charset, sent_folder, drafts_folder, server_files_sent, auth_method, "
                       "oauth_provider, oauth_client_id, oauth_authorize_url, oauth_token_url, oauth_scopes, "
                       "oauth_signed_in_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {account.name.trimmed(),
         mailProviderKey(account.provider),
         sql::text(account.userName.trimmed()),
         sql::text(account.imapHost.trimmed()),
         account.imapPort,
         mailSecurityKey(account.imapSecurity),
         sql::text(account.smtpHost.trimmed()),
         account.smtpPort,
         mailSecurityKey(account.smtpSecurity),
         sql::text(account.folder.trimmed()),
         sql::text(account.caFile),
         pinValue(account.pinnedSha256),
         account.askPassword ? 1 : 0,
         secretKey,
         sql::instant(m_clock.now()),
         sql::text(account.smtpUserName.trimmed()),
         sql::text(account.smtpSecretKey),
         pinValue(account.smtpPinnedSha256),
         sql::text(account.fromAddress.trimmed()),
         sql::text(account.fromName.trimmed()),
         outgoingCharsetKey(account.outgoingCharset),
         sql::text(account.sentFolder.trimmed()),
         sql::text(account.draftsFolder.trimmed()),
         account.serverFilesSent ? 1 : 0,
         mailAuthMethodKey(account.authMethod),
         sql::text(account.oauth.provider),
         sql::text(account.oauth.clientId.trimmed()),
         sql::text(account.oauth.authorizeUrl.trimmed()),
         sql::text(account.oauth.tokenUrl.trimmed()),
         sql::text(account.oauth.scopes.simplified()),
         sql::instant(account.oauthSignedInAt)});
    if (!ok)
        return sql::failure(q);
    return q.lastInsertId().toLongLong();
}

StoreResult<Done> MailAccountRepository::update(const MailAccount& account)
{
    QSqlQuery q(m_database.connection());
    const bool ok = sql::exec(
        q,
        QStringLiteral("UPDATE mail_accounts SET name = ?, provider = ?, user_name = ?, imap_host = ?, imap_port = ?, "
                       "imap_security = ?, smtp_host = ?, smtp_port = ?, smtp_security = ?, folder = ?, ca_file = ?, "
                       "ask_password = ?, smtp_user_name = ?, smtp_secret_key = ?, from_address = ?, from_name = ?, "
                       "outgoing_charset = ?, sent_folder = ?, drafts_folder = ?, server_files_sent = ?, "
                       "auth_method = ?, oauth_provider = ?, oauth_client_id = ?, oauth_authorize_url = ?, "
                       "oauth_token_url = ?, oauth_scopes = ?, oauth_signed_in_at = ? WHERE id = ?"),
        {account.name.trimmed(),
         mailProviderKey(account.provider),
         sql::text(account.userName.trimmed()),
         sql::text(account.imapHost.trimmed()),
         account.imapPort,
         mailSecurityKey(account.imapSecurity),
         sql::text(account.smtpHost.trimmed()),
         account.smtpPort,
         mailSecurityKey(account.smtpSecurity),
         sql::text(account.folder.trimmed()),
         sql::text(account.caFile),
         account.askPassword ? 1 : 0,
         sql::text(account.smtpUserName.trimmed()),
         sql::text(account.smtpSecretKey),
         sql::text(account.fromAddress.trimmed()),
         sql::text(account.fromName.trimmed()),
         outgoingCharsetKey(account.outgoingCharset),
         sql::text(account.sentFolder.trimmed()),
         sql::text(account.draftsFolder.trimmed()),
         account.serverFilesSent ? 1 : 0,
         mailAuthMethodKey(account.authMethod),
         sql::text(account.oauth.provider),
         sql::text(account.oauth.clientId.trimmed()),
         sql::text(account.oauth.authorizeUrl.trimmed()),
         sql::text(account.oauth.tokenUrl.trimmed()),
         sql::text(account.oauth.scopes.simplified()),
         sql::instant(account.oauthSignedInAt),
         account.id});
    if (!ok)
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such mail account")};
    return Done{};
}

StoreResult<qint64> MailAccountRepository::save(const MailAccount& account, const QStringList& roomCodes)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    qint64 id = account.id;
    if (id == 0) {
        auto inserted = insert(account);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
    } else if (auto updated = update(account); !updated) {
        return updated.error();
    }
    if (auto linked = setRooms(id, roomCodes); !linked)
        return linked.error();
    if (!transaction.commit())
        return transaction.failure();
    return id;
}

StoreResult<Done> MailAccountRepository::remove(qint64 id)
{
    // rooms.mail_account_id is ON DELETE SET NULL and mailbox_sync_state ON DELETE CASCADE.
    return changeOne(QStringLiteral("DELETE FROM mail_accounts WHERE id = ?"), {id});
}

StoreResult<QStringList> MailAccountRepository::roomCodes(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT code FROM rooms WHERE mail_account_id = ? ORDER BY sort_order, code"),
                   {accountId}))
        return sql::failure(q);
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

StoreResult<Done> MailAccountRepository::setRooms(qint64 accountId, const QStringList& roomCodes)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM mail_accounts WHERE id = ?"), {accountId}))
        return sql::failure(q);
    if (!q.next())
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such mail account")};
    if (!sql::exec(q, QStringLiteral("UPDATE rooms SET mail_account_id = NULL WHERE mail_account_id = ?"), {accountId}))
        return sql::failure(q);
    for (const QString& code : roomCodes) {
        if (!sql::exec(q, QStringLiteral("UPDATE rooms SET mail_account_id = ? WHERE code = ?"),
                       {accountId, code.trimmed()}))
            return sql::failure(q);
        if (q.numRowsAffected() != 1)
            return StoreFailure{StoreError::NotFound, QStringLiteral("no room with code %1").arg(code)};
    }
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

StoreResult<Done> MailAccountRepository::setLastError(qint64 accountId, MailAccountProblem problem,
                                                      const QString& detail)
{
    if (problem == MailAccountProblem::None)
        return clearLastError(accountId);
    return changeOne(QStringLiteral("UPDATE mail_accounts SET last_error = ?, last_error_detail = ?, last_error_at = ? "
                                    "WHERE id = ?"),
                     {mailAccountProblemKey(problem), sql::text(detail), sql::instant(m_clock.now()), accountId});
}

StoreResult<Done> MailAccountRepository::clearLastError(qint64 accountId)
{
    return changeOne(QStringLiteral("UPDATE mail_accounts SET last_error = NULL, last_error_detail = '', "
                                    "last_error_at = NULL WHERE id = ?"),
                     {accountId});
}

StoreResult<Done> MailAccountRepository::setSignedIn(qint64 accountId, const QDateTime& when)
{
    return changeOne(QStringLiteral("UPDATE mail_accounts SET oauth_signed_in_at = ? WHERE id = ?"),
                     {sql::instant(when), accountId});
}

StoreResult<Done> MailAccountRepository::setPin(qint64 accountId, const QByteArray& sha256)
{
    if (!sha256.isEmpty() && sha256.size() != 32)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("a SHA-256 pin has 32 bytes")};
    return changeOne(QStringLiteral("UPDATE mail_accounts SET pinned_sha256 = ? WHERE id = ?"),
                     {pinValue(sha256), accountId});
}

StoreResult<Done> MailAccountRepository::setSmtpPin(qint64 accountId, const QByteArray& sha256)
{
    if (!sha256.isEmpty() && sha256.size() != 32)
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("a SHA-256 pin has 32 bytes")};
    return changeOne(QStringLiteral("UPDATE mail_accounts SET smtp_pinned_sha256 = ? WHERE id = ?"),
                     {pinValue(sha256), accountId});
}

StoreResult<Done> MailAccountRepository::changeOne(const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, statement, values))
        return sql::failure(q);
    if (q.numRowsAffected() != 1)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no such mail account")};
    return Done{};
}

} // namespace tsunagu
