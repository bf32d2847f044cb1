// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SealInPlace.h"

#include "storage/Sealing.h"
#include "storage/SqlSupport.h"
#include "storage/SqlTransaction.h"
#include "storage/StorageLog.h"

#include <QFile>
#include <QSqlError>

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
        {"fetched_mail", "raw", true},
        {"replies", "to_address", false},
        {"replies", "subject", false},
        {"replies", "body", false},
        {"meeting_series", "join_url", false},
        {"meeting_series", "meeting_id", false},
        {"meeting_series", "passcode", false},
        {"rooms", "chat_link", false},
    };
    return s_columns;
}

namespace {

StoreResult<int> sealColumn(QSqlDatabase& db, const Sealing& sealing, const SealedColumn& sealed)
{
    const QString table = QLatin1String(sealed.table);
    const QString column = QLatin1String(sealed.column);
    const QByteArray associated = QByteArray(sealed.table) + '.' + sealed.column;
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
        QVariant value;
        if (sealed.bytes) {
            const QByteArray plain = read.value(1).toByteArray();
            if (crypto::Sealer::isSealedBytes(plain))
                continue;
            value = sealing.bytes(plain, associated.constData());
        } else {
            const QString plain = read.value(1).toString();
            if (crypto::Sealer::isSealedText(plain))
                continue;
            value = sealing.text(plain, associated.constData());
        }
        write.addBindValue(value);
        write.addBindValue(read.value(0));
        if (!write.exec())
            return sql::failure(write);
        ++count;
    }
    return count;
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
            return StoreFailure{StoreError::QueryFailed, transaction.error()};
        for (const SealedColumn& column : sealedColumns()) {
            auto count = sealColumn(db, sealing, column);
            if (!count)
                return count.error(); // rolled back; the copy stays for the host
            sealedCount += count.value();
        }
        // The address hash: keyed from now on (the plain profile kept the normalised address there).
        QSqlQuery read(db);
        read.setForwardOnly(true);
        QSqlQuery write(db);
        if (!sql::exec(read, QStringLiteral("SELECT id, reply_address FROM applicants")) ||
            !write.prepare(QStringLiteral("UPDATE applicants SET reply_address_hash = ? WHERE id = ?")))
            return sql::failure(read);
        while (read.next()) {
            const QString address = sealing.openText(read.value(1), "applicants.reply_address");
            write.addBindValue(sealing.addressHash(address, "applicants.reply_address"));
            write.addBindValue(read.value(0));
            if (!write.exec())
                return sql::failure(write);
        }
        if (sealing.broken())
            return sealing.failure(QStringLiteral("an applicant"));
        if (!transaction.commit())
            return StoreFailure{StoreError::QueryFailed, transaction.error()};
    }

    // The plain values are now only in free pages of the file and in the log: VACUUM rewrites the file from the
    // live rows, the checkpoint moves that into the file and truncates the log to nothing.
    if (!pragma.exec(QStringLiteral("VACUUM")))
        return sql::failure(pragma);
    if (!pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sql::failure(pragma);
    pragma.finish();
    QFile::remove(backup);
    qCInfo(lcStorage, "profile sealed in place: %d values", sealedCount);
    return sealedCount;
}

} // namespace tsunagu
