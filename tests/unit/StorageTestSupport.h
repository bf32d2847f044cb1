// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the storage and demo tests: raw SQL peeks that go around the repositories, so a test
// can prove what is really in the file rather than trusting the code under test to report it.
#pragma once

#include "domain/Room.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <string>

namespace tsunagu::test {

// Number of rows in a table (the name is ours, never user input).
int rowCount(const QSqlDatabase& db, const QString& table);
int rowCount(Database& database, const QString& table);

// The first column of the first row of a statement, or an invalid QVariant when it failed.
QVariant scalar(const QSqlDatabase& db, const QString& statement);

// Names of the tables (or indexes, …) in sqlite_master, sorted.
QStringList schemaNames(const QSqlDatabase& db, const QString& type);

// Writes bytes to a file, replacing it; REQUIREs success.
void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);

// True when neither SQLite's WAL, shared-memory nor rollback journal file sits next to `path`.
bool hasNoSideFiles(const QString& path);

// A room that satisfies every constraint of the schema.
Room makeRoom(const QString& code, int sortOrder = 0);

// A raw QSQLITE connection to a file, outside Database, for building odd fixtures; closed and removed with the object.
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    QSqlDatabase db() const;
    // Runs a statement and REQUIREs success.
    void exec(const QString& statement);

private:
    QString m_name;
};

} // namespace tsunagu::test

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value) { return value.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch
