// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SealInPlace.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"
#include "storage/StorageLog.h"

#include <QFile>
#include <QSqlError>

#include <algorithm>

namespace tsunagu {

const QVector<SealedColumn>& sealedColumns()
{
    static const QVector<SealedColumn> s_columns{
        {"applicants", "reply_address", false},
        {"applicants", "notes", false},
        {"applicants", "introduction", false},
        {"applicants", "form_fields", false},
        {"applicant_status_history", "note", false},
        {"messages", "subject", false},
        {"messages", "from_address", false},
        {"messages", "to_addresses", false},
        {"messages", "reply_to", false},
        {"messages", "body_text", false},
        {"messages", "raw", true},
        {"fetched_mail", "raw", true, 0, s_rawMailLabel},
        {"replies", "to_address", false},
        {"replies", "subject", false},
        {"replies", "body", false},
        {"meeting_series", "join_url", false},
        {"meeting_series", "meeting_id", false},
        {"meeting_series", "passcode", false},
        {"rooms", "chat_link", false},
        {"members", "anonymous_name", false, 17},
        {"attendance_aliases", "display_name", false, 17},
        {"blocked_addresses", "address", false, 17},
        {"blocked_addresses", "note", false, 17},
        {"contacts", "person", false, 17},
        {"contacts", "role_notes", false, 17},
        {"contacts", "notes", false, 17},
        {"referrals", "note", false, 17},
        {"applicants", "anonymous_name", false, 18},
        {"contacts", "phone", false, 19},
        {"contacts", "email", false, 19},
        {"contact_events", "note", false, 19},
        {"poster_deliveries", "note", false, 19},
    };
    return s_columns;
}

namespace {

// A column that stands for a sealed value where SQL needs equality: a keyed hash in a sealed profile, the
// normalised value itself in a plain one. Each is rewritten from its source when a profile gets its key.
struct HashColumn
{
    const char* table;
    const char* hash;   // the column written
    const char* source; // the column it is computed from (sealed, or the hash column itself: messages.sha256)
    const char* label;  // the column name the keyed hash is made with (the repository uses the same)
    bool address;       // an e-mail address: trimmed and lower-cased first (Sealing::addressHash)
    int sinceVersion;   // as SealedColumn::sinceVersion
};

const QVector<HashColumn>& hashColumns()
{
    static const QVector<HashColumn> s_columns{
        {"applicants", "reply_address_hash", "reply_address", "applicants.reply_address", true, 0},
        {"members", "name_hash", "anonymous_name", "members.anonymous_name", false, 17},
        {"attendance_aliases", "name_key", "display_name", "attendance_aliases.display_name", false, 17},
        {"blocked_addresses", "address_hash", "address", "blocked_addresses.address", true, 17},
        {"messages", "sha256", "sha256", "messages.sha256", false, 17},
    };
    return s_columns;
}

StoreResult<int> sealColumn(QSqlDatabase& db, const Sealing& sealing, const SealedColumn& sealed)
{
    const QString table = QLatin1String(sealed.table);
    const QString column = QLatin1String(sealed.column);
    const QByteArray associated =
        sealed.label ? QByteArray(sealed.label) : QByteArray(sealed.table) + '.' + sealed.column;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!sql::exec(
            read,
            QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 IS NOT NULL AND length(%1) > 0").arg(column, table)))
        return sql::failure(read);
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE %2 SET %1 = ? WHERE rowid = ?").arg(column, table)))
        return sql::failure(write);
    int count = 0;
    while (read.next()) {
        const QVariant stored = read.value(1);
        if (Sealing::isSealed(stored))
            continue;
        const QVariant value = sealed.bytes ? sealing.bytes(stored.toByteArray(), associated.constData())
                                            : sealing.text(stored.toString(), associated.constData());
        write.addBindValue(value);
        write.addBindValue(read.value(0));
        if (!write.exec())
            return sql::failure(write);
        ++count;
    }
    return count;
}

// Writes each row's hash from its (already sealed, or plain) source. The source is opened with the column name it
// was sealed under; a hash column that is its own source (a mail's SHA-256) holds the plain digest until now, so
// this must run once per profile: at sealing in place, or for a sealed profile when seal_pending says so.
StoreResult<int> rehashColumn(QSqlDatabase& db, const Sealing& sealing, const HashColumn& column)
{
    const QString table = QLatin1String(column.table);
    const QString hash = QLatin1String(column.hash);
    const QString source = QLatin1String(column.source);
    const QByteArray sealedAs = QByteArray(column.table) + '.' + column.source;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!sql::exec(read, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE length(%1) > 0").arg(source, table)))
        return sql::failure(read);
    // Read whole before writing: the scan may go through an index of the column being rewritten (messages_sha256
    // covers the query), where a rewritten row would come round again and be hashed twice.
    QVector<QPair<qint64, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), sealing.openText(read.value(1), sealedAs.constData())});
    read.finish();
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE %2 SET %1 = ? WHERE rowid = ?").arg(hash, table)))
        return sql::failure(write);
    for (const auto& [rowid, value] : std::as_const(rows)) {
        write.addBindValue(column.address ? sealing.addressHash(value, column.label)
                                          : sealing.valueHash(value, column.label));
        write.addBindValue(rowid);
        if (!write.exec())
            return sql::failure(write);
    }
    return int(rows.size());
}

// Seals the plain values of the columns sealed since `fromVersion` (0: all of them) and rewrites their hashes, then
// says nothing waits any more. Runs inside the caller's transaction.
StoreResult<int> sealAndRehash(QSqlDatabase& db, const Sealing& sealing, int fromVersion)
{
    int count = 0;
    for (const SealedColumn& column : sealedColumns()) {
        if (fromVersion > 0 && column.sinceVersion < fromVersion)
            continue;
        auto sealed = sealColumn(db, sealing, column);
        if (!sealed)
            return sealed.error();
        count += sealed.value();
    }
    for (const HashColumn& column : hashColumns()) {
        if (fromVersion > 0 && column.sinceVersion < fromVersion)
            continue;
        auto hashed = rehashColumn(db, sealing, column);
        if (!hashed)
            return hashed.error();
        count += hashed.value();
    }
    if (sealing.broken())
        return sealing.failure(QStringLiteral("a sealed column"));
    QSqlQuery done(db);
    if (!sql::exec(done, QStringLiteral("DELETE FROM seal_pending")))
        return sql::failure(done);
    return count;
}

// The plain values are now only in free pages of the file and in the log: VACUUM rewrites the file from the live
// rows, the checkpoint moves that into the file and truncates the log to nothing.
StoreResult<Done> compact(QSqlDatabase& db)
{
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("VACUUM")))
        return sql::failure(pragma);
    if (!pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sql::failure(pragma);
    pragma.finish();
    return Done{};
}

} // namespace

StoreResult<int> sealInPlace(Database& database)
{
    const Sealing sealing(database);
    if (!sealing.active())
        return StoreFailure{StoreError::KeyUnavailable, QStringLiteral("the database has no sealer")};
    QSqlDatabase db = database.connection();
    QSqlQuery pragma(db);
    // Whatever earlier sessions left in the log goes into the file first, so the log holds no plain text later.
    if (!pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sql::failure(pragma);
    pragma.finish();

    const QString backup = database.path() + QStringLiteral(".before-sealing");
    QFile::remove(backup);
    QSqlQuery copy(db);
    copy.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.addBindValue(backup);
    if (!copy.exec())
        return sql::failure(copy);

    int sealedCount = 0;
    {
        SqlTransaction transaction(db);
        if (!transaction.begun())
            return transaction.failure();
        // Every column, and every hash keyed from now on (the plain profile kept the normalised values there).
        auto count = sealAndRehash(db, sealing, 0);
        if (!count)
            return count.error(); // rolled back; the copy stays for the host
        sealedCount = count.value();
        if (!transaction.commit())
            return transaction.failure();
    }
    if (auto compacted = compact(db); !compacted)
        return compacted.error();
    QFile::remove(backup);
    qCInfo(lcStorage, "profile sealed in place: %d values", sealedCount);
    return sealedCount;
}

StoreResult<int> sealPending(Database& database)
{
    const Sealing sealing(database);
    if (!sealing.active())
        return 0;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    // Each waiting version is a row 'version N'; the oldest says from which columns on the work is needed. A hash
    // that is its own source (a mail's SHA-256) is rewritten only when its own version waits, never twice.
    if (!sql::exec(q, QStringLiteral("SELECT COUNT(*), MIN(CAST(substr(what, 9) AS INTEGER)) FROM seal_pending")) ||
        !q.next())
        return sql::failure(q);
    if (q.value(0).toInt() == 0)
        return 0;
    const int fromVersion = std::max(1, q.value(1).toInt());
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sql::failure(q);
    q.finish();
    int count = 0;
    {
        SqlTransaction transaction(db);
        if (!transaction.begun())
            return transaction.failure();
        auto done = sealAndRehash(db, sealing, fromVersion);
        if (!done)
            return done.error(); // rolled back: the profile stays as the upgrade left it, and is tried again
        count = done.value();
        if (!transaction.commit())
            return transaction.failure();
    }
    if (auto compacted = compact(db); !compacted)
        return compacted.error();
    // The copy made before the upgrade holds these values plain.
    if (!database.backupPath().isEmpty())
        QFile::remove(database.backupPath());
    qCInfo(lcStorage, "columns sealed since the profile was sealed: %d values", count);
    return count;
}

} // namespace tsunagu
