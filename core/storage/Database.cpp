// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/NativeStatement.h"
#include "storage/ProfileKeys.h"
#include "storage/Sealing.h"
#include "storage/SqliteErrors.h"
#include "storage/SqliteLibrary.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>
#include <utility>

namespace tsunagu {

namespace {

// PRAGMA quick_check reads every page: on a profile holding years of mail that is most of the time a command
// takes. So after a successful check, and whenever this app closes the database it had checked, it leaves a mark
// beside the file: the file's size and modification time (nanoseconds). While the file still matches its mark and
// no write-ahead log was left behind by a crash, nobody else has touched it and the check is skipped; any other
// change (a copy restored, a disk error written back, a crash) brings the check back.
QString markPath(const QString& path)
{
    return path + QStringLiteral(".checked");
}

QByteArray fileStamp(const QString& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path.toStdString(), error);
    if (error)
        return {};
    const auto time = std::filesystem::last_write_time(path.toStdString(), error);
    if (error)
        return {};
    return QByteArray::number(qulonglong(size)) + ' ' + QByteArray::number(qlonglong(time.time_since_epoch().count()));
}

bool unchangedSinceCheck(const QString& path)
{
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return false; // left by a crash (or another process): check
    QFile mark(markPath(path));
    if (!mark.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stamp = fileStamp(path);
    return !stamp.isEmpty() && mark.readAll().trimmed() == stamp;
}

void leaveMark(const QString& path)
{
    const QByteArray stamp = fileStamp(path);
    QFile mark(markPath(path));
    if (stamp.isEmpty() || !mark.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    mark.write(stamp + '\n');
}

} // namespace
namespace {

QAtomicInteger<quint64> s_connectionCounter;

// https://www.sqlite.org/fileformat.html §1.3.1: every database file starts with this 16-byte string.
constexpr char s_sqliteMagic[] = "SQLite format 3";

// A failed statement: a damaged file and a full disk are told apart from `code`, whatever the statement was.
StoreFailure failure(StoreError code, const QSqlError& error, const QSqlDatabase& db)
{
    return {sql::fileProblem(error, db).value_or(code), error.text()};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    sql::releaseNativeStatements(m_connectionName);
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_vouchForFile)
        leaveMark(m_path);
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return StoreFailure{StoreError::NotADatabase, QStringLiteral("not a regular file")};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return StoreFailure{StoreError::ProfileNotWritable, file.errorString()};
        const QByteArray head = file.read(sizeof s_sqliteMagic);
        // An empty file is a database that has not been written yet (SQLite treats it the same way).
        if (!head.isEmpty() && head != QByteArray(s_sqliteMagic, sizeof s_sqliteMagic))
            return StoreFailure{StoreError::NotADatabase, QStringLiteral("no SQLite header")};
        if (!info.isWritable())
            return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("database file is read-only")};
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return StoreFailure{StoreError::ProfileNotWritable, QStringLiteral("folder is not writable")};
    }

    const QString name = QStringLiteral("tsunagu-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    database->m_sealer = ProfileKeys::find(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return failure(StoreError::QueryFailed, db.lastError(), db);
        // Before anything is read or written through the native statements.
        if (auto same = SqliteLibraries::observe(db).check(); !same)
            return same.error();
        // Statements sort and search sealed columns through it; it reads the sealer this object holds at each call.
        if (auto registered = sql::registerOpenText(db, *database); !registered)
            return registered.error();
    }
    const bool trusted = options.checkIntegrity && options.trustUnchangedFile && unchangedSinceCheck(path);
    if (options.checkIntegrity && !trusted)
        QFile::remove(markPath(path)); // until the check below has passed
    auto configured = database->configure(options.targetVersion, options.checkIntegrity && !trusted);
    database->m_vouchForFile = configured.ok() && options.checkIntegrity;
    if (!configured)
        return configured.error();
    return database;
}

void Database::noteUnopened(const char* column) const
{
    if (m_unopened.isEmpty())
        m_unopened = QLatin1String(column ? column : "?");
}

QString Database::takeUnopened() const
{
    return std::exchange(m_unopened, QString());
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

StoreResult<Done> Database::configure(int targetVersion, bool checkIntegrity)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);

    // Read-only checks first: nothing below may write to a file we are going to refuse.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(StoreError::NotADatabase, query.lastError(), db);
    const int version = query.value(0).toInt();
    const int latest = Migrations::latestVersion();
    if (version > latest) {
        return StoreFailure{StoreError::NewerVersion,
                            QStringLiteral("schema version %1, this build knows up to %2").arg(version).arg(latest)};
    }
    // quick_check reads every page but skips the slow index cross-checks of integrity_check.
    if (checkIntegrity) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")))
            return failure(StoreError::Corrupt, query.lastError(), db);
        if (!query.next() || query.value(0).toString() != QLatin1String("ok"))
            return StoreFailure{StoreError::Corrupt, QStringLiteral("quick_check failed")};
    }
    query.finish();

    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return failure(StoreError::QueryFailed, query.lastError(), db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failure(StoreError::QueryFailed, query.lastError(), db);
    if (!query.next() || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return StoreFailure{StoreError::QueryFailed,
                            QStringLiteral("cannot switch to WAL: ") + query.lastError().text()};
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return failure(StoreError::QueryFailed, query.lastError(), db);

    const int target = targetVersion < 0 ? latest : qMin(targetVersion, latest);
    if (version > 0 && version < target) {
        // Keep the database as it was before an upgrade: the host can go back to the older Tsunagu with it.
        m_backupPath = m_path + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(m_backupPath);
        QSqlQuery backup(db);
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(m_backupPath);
        if (!backup.exec())
            return failure(StoreError::MigrationFailed, backup.lastError(), db);
    }
    return Migrations::migrate(db, version, target);
}

void Database::tuneForBulkIntake()
{
    QSqlQuery pragma(connection());
    // Mail fetched here stays on the server until the host deletes it there, and the sync state is committed with
    // the mail it covers: losing the last transactions to a power cut (WAL with synchronous=NORMAL keeps the file
    // consistent and loses nothing on a crash of Tsunagu itself) only means fetching them again. So this
    // connection does not wait for the disk at every batch; the window's connection keeps synchronous=FULL.
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // A batch of the fetch phase is several megabytes of new pages: with SQLite's default cache (2 MB) they were
    // spilled to the log in the middle of the transaction and written again at its end.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -24576"));
    // This connection's statements are compiled without the schema's CHECK constraints. Their IN lists (category,
    // status, classification …) made SQLite build five temporary b-trees for every mail it stored, a fifth of the
    // read phase. Nothing is given up: every value written here comes from the enumerations' key tables, and the
    // numbers the constraints guard are checked before they are written (FetchedMailRepository,
    // SyncStateRepository, MessageRepository).
    pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
}

} // namespace tsunagu
