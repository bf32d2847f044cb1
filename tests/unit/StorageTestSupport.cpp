// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

#include "storage/NativeStatement.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu::test {
namespace {
QAtomicInteger<quint64> s_rawCounter;
}

int rowCount(const QSqlDatabase& db, const QString& table)
{
    const QVariant count = scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    REQUIRE(count.isValid());
    return count.toInt();
}

int rowCount(Database& database, const QString& table)
{
    return rowCount(database.connection(), table);
}

QVariant scalar(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        INFO(query.lastError().text().toStdString());
        return {};
    }
    return query.value(0);
}

QStringList schemaNames(const QSqlDatabase& db, const QString& type)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' "
                                 "ORDER BY name"));
    query.addBindValue(type);
    REQUIRE(query.exec());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

bool hasNoSideFiles(const QString& path)
{
    return !QFile::exists(path + QStringLiteral("-wal")) && !QFile::exists(path + QStringLiteral("-shm")) &&
           !QFile::exists(path + QStringLiteral("-journal"));
}

Room makeRoom(const QString& code, int sortOrder)
{
    Room room;
    room.code = code;
    room.name = QStringLiteral("ルーム") + code;
    room.theme = QStringLiteral("alcohol");
    room.audience = Audience::Persons;
    room.applicationFormUrl = QStringLiteral("https://forms.example.org/test/") + code;
    room.receptionAddress = QStringLiteral("reception@example.jp");
    room.replyDeadlineDays = 3;
    room.sortOrder = sortOrder;
    return room;
}

RawConnection::RawConnection(const QString& path)
    : m_name(QStringLiteral("raw-test-%1").arg(s_rawCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
}

RawConnection::~RawConnection()
{
    // Statements kept on the connection (the savepoints of SqlTransaction) are finalized first, as Database does:
    // SQLite does not close a connection that still has statements.
    sql::releaseNativeStatements(m_name);
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

void RawConnection::exec(const QString& statement)
{
    QSqlQuery query(db());
    INFO(statement.toStdString());
    const bool ok = query.exec(statement);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace tsunagu::test
