// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu backup and tsunagu restore, run as a host would: the data comes back the same, the file holds nothing
// readable, and every bad backup is named in its own words with nothing changed.
#include "CliRun.h"
#include "TempProfile.h"
#include "backup/BackupWriter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

const QString s_backup = QStringLiteral("backup");
const QString s_restore = QStringLiteral("restore");
const QString s_passphraseFile = QStringLiteral("--passphrase-file");

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

Run runIn(const QString& profile, const QString& tmp, const QStringList& arguments)
{
    return runProcess(
        QStringLiteral(TSUNAGU_EXECUTABLE),
        QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"), profile} + arguments,
        cliEnvironment(tmp));
}

// What a host sees of the profile, through the command line's JSON.
QString listed(const QString& profile, const QString& tmp, const QStringList& what)
{
    const Run run = runIn(profile, tmp, what + QStringList{QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return run.out;
}

QString everything(const QString& profile, const QString& tmp)
{
    return listed(profile, tmp, {QStringLiteral("applicants"), QStringLiteral("list")}) +
           listed(profile, tmp, {QStringLiteral("rooms"), QStringLiteral("list")}) +
           listed(profile, tmp, {QStringLiteral("hosts"), QStringLiteral("list")}) +
           listed(profile, tmp, {QStringLiteral("contacts"), QStringLiteral("list")});
}

// Every stored mail, column by column (no command lists them all).
QStringList messagesIn(const QString& databasePath)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-test-read"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM messages ORDER BY id")));
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-test-read"));
    return rows;
}

// Applicant text a reader of the backup file must not find: addresses and form answers of every applicant.
QStringList applicantTexts(const QString& applicantsJson)
{
    QStringList texts;
    for (const QJsonValue& value : QJsonDocument::fromJson(applicantsJson.toUtf8()).array()) {
        const QJsonObject applicant = value.toObject();
        texts << applicant.value(QStringLiteral("replyAddress")).toString();
        for (const QJsonValue& field : applicant.value(QStringLiteral("fields")).toArray()) {
            const QString text = field.toObject().value(QStringLiteral("value")).toString();
            if (text.size() >= 12)
                texts << text;
        }
    }
    texts.removeAll(QString());
    return texts;
}

QStringList leftovers(const QString& profile)
{
    QStringList names;
    for (const QString& name : QDir(profile).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        names << name;
    return names;
}

struct Backed
{
    CliProfile source;
    QString backupFile = source.tmp.filePath(QStringLiteral("profile.tsunagu-backup"));
    QString passphraseFile = source.tmp.filePath(QStringLiteral("passphrase.txt"));

    Backed()
    {
        writeFile(passphraseFile, "correct horse battery staple 記憶\n");
        const Run made = source.run({s_backup, backupFile, s_passphraseFile, passphraseFile});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        REQUIRE(QFile::exists(backupFile));
    }
    QString tmp() const { return source.tmp.path(); }
    QString newProfile() const { return source.tmp.filePath(QStringLiteral("restored")); }
};

} // namespace

TEST_CASE("a backup restored into a new profile gives the same applicants, mails, rooms, hosts and contacts",
          "[cli][backup]")
{
    Backed backed;
    const QString before = everything(backed.source.dir, backed.tmp());
    const Run restored = runIn(backed.newProfile(), backed.tmp(),
                               {s_restore, backed.backupFile, s_passphraseFile, backed.passphraseFile});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("restored")));
    CHECK(everything(backed.newProfile(), backed.tmp()) == before);
    const QStringList messages = messagesIn(QDir(backed.source.dir).filePath(QStringLiteral("tsunagu.sqlite")));
    CHECK(messages.size() > 5);
    CHECK(messagesIn(QDir(backed.newProfile()).filePath(QStringLiteral("tsunagu.sqlite"))) == messages);
    // Nothing of the work is left in either profile folder.
    CHECK(leftovers(backed.newProfile()).isEmpty());
    CHECK(leftovers(backed.source.dir).isEmpty());
#ifdef Q_OS_UNIX
    CHECK(QFile::permissions(backed.backupFile) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
}

TEST_CASE("a sealed profile's backup restores into a new profile that opens with the backup's passphrase",
          "[cli][backup][privacy]")
{
    CliProfile source;
    const QString profilePassphrase = source.tmp.filePath(QStringLiteral("profile-passphrase.txt"));
    const QString backupPassphrase = source.tmp.filePath(QStringLiteral("backup-passphrase.txt"));
    writeFile(profilePassphrase, "the profile's own passphrase\n");
    writeFile(backupPassphrase, "the backup's passphrase 控え\n");
    const Run sealed = source.run({QStringLiteral("passphrase"), QStringLiteral("set"),
                                   QStringLiteral("--new-passphrase-file"), profilePassphrase});
    INFO(sealed.err.toStdString());
    REQUIRE(sealed.exitCode == 0);
    const QStringList applicants = {QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")};
    const Run before = source.run(QStringList{s_passphraseFile, profilePassphrase} + applicants);
    REQUIRE(before.exitCode == 0);
    REQUIRE(before.out.contains(QStringLiteral("\"id\"")));

    const QString file = source.tmp.filePath(QStringLiteral("sealed.tsunagu-backup"));
    const Run made =
        source.run({s_passphraseFile, profilePassphrase, s_backup, file, s_passphraseFile, backupPassphrase});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    const QString restoredDir = source.tmp.filePath(QStringLiteral("restored"));
    const Run restored = runIn(restoredDir, source.tmp.path(), {s_restore, file, s_passphraseFile, backupPassphrase});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("opens with the backup's passphrase")));
    // The same applicants, read through the backup's data key under the backup's passphrase.
    const Run after =
        runIn(restoredDir, source.tmp.path(), QStringList{s_passphraseFile, backupPassphrase} + applicants);
    INFO(after.err.toStdString());
    CHECK(after.exitCode == 0);
    CHECK(after.out == before.out);
    // And not without it, nor with the old profile's passphrase.
    CHECK(runIn(restoredDir, source.tmp.path(), applicants).exitCode == 3);
    CHECK(
        runIn(restoredDir, source.tmp.path(), QStringList{s_passphraseFile, profilePassphrase} + applicants).exitCode ==
        3);
}

TEST_CASE("a backup file holds no applicant text, address or room name in clear", "[cli][backup]")
{
    Backed backed;
    const QByteArray bytes = readFile(backed.backupFile);
    const QStringList texts =
        applicantTexts(listed(backed.source.dir, backed.tmp(), {QStringLiteral("applicants"), QStringLiteral("list")}));
    REQUIRE(texts.size() > 10);
    for (const QString& text : texts) {
        INFO(text.toStdString());
        CHECK_FALSE(bytes.contains(text.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2)));
    }
    CHECK_FALSE(bytes.contains("example.org"));
    CHECK_FALSE(bytes.contains("example.jp"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains("CREATE TABLE"));
}

TEST_CASE("restore with a wrong passphrase says so and creates nothing", "[cli][backup][bad-input]")
{
    Backed backed;
    const QString wrong = backed.source.tmp.filePath(QStringLiteral("wrong.txt"));
    writeFile(wrong, "correct horse battery stapler\n");
    const Run run = runIn(backed.newProfile(), backed.tmp(), {s_restore, backed.backupFile, s_passphraseFile, wrong});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("passphrase does not open the backup")));
    CHECK_FALSE(QFileInfo::exists(backed.newProfile()));

    const Run ja = runProcess(QStringLiteral(TSUNAGU_EXECUTABLE),
                              {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--profile"),
                               backed.newProfile(), s_restore, backed.backupFile, s_passphraseFile, wrong},
                              cliEnvironment(backed.tmp()));
    CHECK(ja.exitCode == 1);
    CHECK(ja.err.contains(QStringLiteral("パスフレーズ")));
}

TEST_CASE("a truncated, altered or foreign file is named for what it is and nothing is changed",
          "[cli][backup][bad-input]")
{
    Backed backed;
    const QByteArray good = readFile(backed.backupFile);
    const QString bad = backed.source.tmp.filePath(QStringLiteral("bad.tsunagu-backup"));
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* words;
    };
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
    QByteArray flippedHeader = good;
    flippedHeader[40] = char(flippedHeader[40] ^ 0x10); // inside the salt
    const Case cases[] = {
        {"cut at the end", good.left(good.size() - 100), "incomplete"},
        {"cut after one record", good.left(124 + 200), "incomplete"},
        {"cut inside the header", good.left(60), "incomplete"},
        {"a flipped byte in the store", flipped, "damaged"},
        {"a flipped byte in the header", flippedHeader, "damaged"},
        {"bytes added after the end", good + QByteArray("extra"), "damaged"},
        {"a spreadsheet", QByteArray("name,address\nA,a@example.org\n"), "is not a Tsunagu backup"},
        {"an empty file", QByteArray(), "is not a Tsunagu backup"},
    };
    for (const Case& c : cases) {
        SECTION(c.name)
        {
            writeFile(bad, c.bytes);
            const Run run =
                runIn(backed.newProfile(), backed.tmp(), {s_restore, bad, s_passphraseFile, backed.passphraseFile});
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QLatin1String(c.words)));
            CHECK_FALSE(QFileInfo::exists(backed.newProfile()));
        }
    }
}

TEST_CASE("a failed restore over a profile leaves its data exactly as it was", "[cli][backup][bad-input]")
{
    Backed backed;
    QByteArray flipped = readFile(backed.backupFile);
    flipped[flipped.size() - 40] = char(flipped[flipped.size() - 40] ^ 0x80);
    const QString bad = backed.source.tmp.filePath(QStringLiteral("bad.tsunagu-backup"));
    writeFile(bad, flipped);
    const QString before = everything(backed.source.dir, backed.tmp());
    const QByteArray storeBefore = fileHash(QDir(backed.source.dir).filePath(QStringLiteral("tsunagu.sqlite")));

    const Run run = runIn(backed.source.dir, backed.tmp(),
                          {s_restore, bad, s_passphraseFile, backed.passphraseFile, QStringLiteral("--replace")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("damaged")));
    CHECK(fileHash(QDir(backed.source.dir).filePath(QStringLiteral("tsunagu.sqlite"))) == storeBefore);
    CHECK(everything(backed.source.dir, backed.tmp()) == before);
    CHECK(leftovers(backed.source.dir).isEmpty());
}

TEST_CASE("restore over a profile with data needs --replace, and then brings the backup's data back", "[cli][backup]")
{
    Backed backed;
    const QString before = everything(backed.source.dir, backed.tmp());
    // A change made after the backup: the restore must undo it.
    REQUIRE(backed.source
                .run({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("あとから追加")})
                .exitCode == 0);
    REQUIRE(everything(backed.source.dir, backed.tmp()) != before);

    const Run refused =
        runIn(backed.source.dir, backed.tmp(), {s_restore, backed.backupFile, s_passphraseFile, backed.passphraseFile});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--replace")));
    CHECK(everything(backed.source.dir, backed.tmp()).contains(QStringLiteral("あとから追加")));

    const Run replaced =
        runIn(backed.source.dir, backed.tmp(),
              {s_restore, backed.backupFile, s_passphraseFile, backed.passphraseFile, QStringLiteral("--replace")});
    INFO(replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    CHECK(everything(backed.source.dir, backed.tmp()) == before);
    CHECK(leftovers(backed.source.dir).isEmpty());
}

TEST_CASE("a backup made by a newer Tsunagu is refused in words before any passphrase is tried",
          "[cli][backup][bad-input]")
{
    TempProfile newer;
    newer.openDemo();
    newer.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-test-newer"));
        db.setDatabaseName(newer.databasePath());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-test-newer"));
    QTemporaryDir tmp;
    BackupRequest request;
    request.databasePath = newer.databasePath();
    request.target = tmp.filePath(QStringLiteral("newer.tsunagu-backup"));
    request.passphrase = "whatever";
    request.now = testNow();
    REQUIRE(BackupWriter::write(request).ok());

    const QString profile = tmp.filePath(QStringLiteral("profile"));
    const QString passphrase = tmp.filePath(QStringLiteral("p.txt"));
    writeFile(passphrase, "whatever");
    const Run run = runIn(profile, tmp.path(), {s_restore, request.target, s_passphraseFile, passphrase});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("newer version of Tsunagu")));
    CHECK_FALSE(QFileInfo::exists(profile));
}

TEST_CASE("a backup without a passphrase is refused and writes no file", "[cli][backup][bad-input]")
{
    CliProfile source;
    const QString target = source.tmp.filePath(QStringLiteral("b.tsunagu-backup"));
    const QString empty = source.tmp.filePath(QStringLiteral("empty.txt"));
    writeFile(empty, "\n");
    const Run withEmpty = source.run({s_backup, target, s_passphraseFile, empty});
    CHECK(withEmpty.exitCode == 1);
    CHECK(withEmpty.err.contains(QStringLiteral("passphrase is empty")));
    // No terminal to ask on: says how to give one.
    const Run noTerminal = source.run({s_backup, target});
    CHECK(noTerminal.exitCode == 1);
    CHECK(noTerminal.err.contains(QStringLiteral("--passphrase-file")));
    CHECK_FALSE(QFileInfo::exists(target));
    const QString passphrase = source.tmp.filePath(QStringLiteral("p.txt"));
    writeFile(passphrase, "a passphrase");
    const Run unwritable =
        source.run({s_backup, QStringLiteral("/proc/nowhere/b.tsunagu-backup"), s_passphraseFile, passphrase});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("cannot be written")));
}
