// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, the demo profile and the bad inputs of the foundation, through the real executable; the
// window left to tsunagu-window.
#include "CliRun.h"
#include "RequireServer.h"
#include "TempProfile.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tsunagu;

namespace {

using test::Run;

// Runs a program with a private temporary folder and an English system locale.
Run runProgram(const QString& program, const QStringList& arguments, const QString& tmpDir = {})
{
    return test::runProcess(program, arguments, test::cliEnvironment(tmpDir));
}

Run runTsunagu(const QStringList& arguments, const QString& tmpDir = {})
{
    return runProgram(QStringLiteral(TSUNAGU_EXECUTABLE), arguments, tmpDir);
}

bool hasKana(const QString& text)
{
    static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}]"));
    return text.contains(kana);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A bare SQLite file with the given user_version, made without Tsunagu.
void makeDatabase(const QString& path, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-fixture"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-fixture"));
}

QString databaseIn(const QTemporaryDir& dir)
{
    return dir.filePath(QLatin1String(Profile::s_databaseFile));
}

} // namespace

TEST_CASE("rooms list --json on the demo lists the twelve rooms without secrets", "[cli]")
{
    QTemporaryDir tmp;
    const Run run = runTsunagu(
        {QStringLiteral("--demo"), QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--json")},
        tmp.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray rooms = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(rooms.size() == 12);
    QStringList codes;
    for (const QJsonValue& value : rooms) {
        const QJsonObject room = value.toObject();
        codes << room.value(QStringLiteral("code")).toString();
        CHECK(room.value(QStringLiteral("applicationFormUrl"))
                  .toString()
                  .startsWith(QStringLiteral("https://forms.example.org/")));
        CHECK(room.value(QStringLiteral("replyDeadlineDays")).toInt() >= 3);
        CHECK_FALSE(room.value(QStringLiteral("schedule")).toString().isEmpty());
        CHECK(room.contains(QStringLiteral("name")));
        CHECK(room.contains(QStringLiteral("audience")));
        CHECK(room.contains(QStringLiteral("status")));
    }
    CHECK(codes == QStringList{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("DA"), QStringLiteral("DF"),
                               QStringLiteral("N"), QStringLiteral("N女"), QStringLiteral("NF"), QStringLiteral("G"),
                               QStringLiteral("NG"), QStringLiteral("E"), QStringLiteral("K"), QStringLiteral("三森")});
    CHECK(rooms.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("paused"));
    CHECK(rooms.at(2).toObject().value(QStringLiteral("audience")).toString() == QStringLiteral("women"));
    CHECK(rooms.at(10).toObject().value(QStringLiteral("replyDeadlineDays")).toInt() == 5);
    // Chat links and meeting join details go only to screened applicants, never to a listing.
    CHECK_FALSE(run.out.contains(QStringLiteral("chat.example.org")));
    CHECK_FALSE(run.out.contains(QStringLiteral("meet.example.org")));
    CHECK_FALSE(run.out.contains(QStringLiteral("demo-")));
    // The temporary demo profile is gone when the command ends.
    CHECK(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("a demo profile folder is seeded once and the data stays", "[cli]")
{
    QTemporaryDir dir;
    const QStringList list = {QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--json")};
    const Run first = runTsunagu(QStringList{QStringLiteral("--profile"), dir.path(), QStringLiteral("--demo")} + list);
    REQUIRE(first.exitCode == 0);
    CHECK(QFile::exists(databaseIn(dir)));
    const Run again = runTsunagu(QStringList{QStringLiteral("--profile"), dir.path(), QStringLiteral("--demo")} + list);
    REQUIRE(again.exitCode == 0);
    const Run plain = runTsunagu(QStringList{QStringLiteral("--profile"), dir.path()} + list);
    REQUIRE(plain.exitCode == 0);
    CHECK(QJsonDocument::fromJson(plain.out.toUtf8()).array().size() == 12);

    // An empty profile without --demo has no rooms.
    QTemporaryDir empty;
    const Run none = runTsunagu(QStringList{QStringLiteral("--profile"), empty.path()} + list);
    REQUIRE(none.exitCode == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
}

TEST_CASE("rooms list prints a readable table in the chosen language", "[cli]")
{
    QTemporaryDir tmp;
    const Run ja = runTsunagu({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--demo"),
                               QStringLiteral("rooms"), QStringLiteral("list")},
                              tmp.path());
    REQUIRE(ja.exitCode == 0);
    const QStringList lines = ja.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 12);
    CHECK(lines.at(0).startsWith(QStringLiteral("A\t")));
    CHECK(lines.at(0).contains(QStringLiteral("休止中")));
    CHECK(lines.at(2).contains(QStringLiteral("女性のみ")));

    const Run en = runTsunagu({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--demo"),
                               QStringLiteral("rooms"), QStringLiteral("list")},
                              tmp.path());
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).at(2).contains(QStringLiteral("Women only")));
}

TEST_CASE("a file that is not a database is refused and left as it was", "[cli][bad-input]")
{
    QTemporaryDir dir;
    const QByteArray notes = "これはメモです。 Not a database at all.\n";
    writeFile(databaseIn(dir), notes);
    const QByteArray before = test::fileHash(databaseIn(dir));

    const Run en = runTsunagu({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"), dir.path(),
                               QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(en.exitCode == 1);
    CHECK(en.err.contains(QStringLiteral("not a Tsunagu data file")));
    CHECK((en.err.contains(QDir::toNativeSeparators(databaseIn(dir))) || en.err.contains(dir.path())));
    CHECK(en.out.isEmpty());

    const Run ja = runTsunagu({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--profile"), dir.path(),
                               QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(ja.exitCode == 1);
    CHECK(hasKana(ja.err));
    CHECK(test::fileHash(databaseIn(dir)) == before);
    CHECK_FALSE(QFile::exists(databaseIn(dir) + QStringLiteral("-wal")));
}

TEST_CASE("a damaged database is refused and left as it was", "[cli][bad-input]")
{
    QTemporaryDir dir;
    {
        test::TempProfile source;
        source.openDemo();
        source.close();
        QFile original(source.databasePath());
        REQUIRE(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        REQUIRE(bytes.size() > 8 * 4096);
        // Keep the header, scribble over the pages after it.
        for (int i = 4096; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        writeFile(databaseIn(dir), bytes);
    }
    const QByteArray before = test::fileHash(databaseIn(dir));
    const Run run = runTsunagu({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"), dir.path(),
                                QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("damaged")));
    CHECK(test::fileHash(databaseIn(dir)) == before);
}

TEST_CASE("a database from a newer Tsunagu is refused and left as it was", "[cli][bad-input]")
{
    QTemporaryDir dir;
    makeDatabase(databaseIn(dir), Migrations::latestVersion() + 1);
    const QByteArray before = test::fileHash(databaseIn(dir));
    const Run run = runTsunagu({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"), dir.path(),
                                QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("newer version of Tsunagu")));
    CHECK(test::fileHash(databaseIn(dir)) == before);
}

TEST_CASE("a second Tsunagu on the same profile is told the first one has it", "[cli][bad-input]")
{
    QTemporaryDir dir;
    // This test process plays the first Tsunagu: it holds the profile's lock.
    QLockFile lock(dir.filePath(QLatin1String(Profile::s_lockFile)));
    REQUIRE(lock.tryLock(0));
    const Run run = runTsunagu({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"), dir.path(),
                                QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already open")));
    CHECK_FALSE(QFile::exists(databaseIn(dir)));

    lock.unlock();
    CHECK(runTsunagu({QStringLiteral("--profile"), dir.path(), QStringLiteral("rooms"), QStringLiteral("list")})
              .exitCode == 0);
}

TEST_CASE("a profile folder that cannot be created is explained", "[cli][bad-input]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    writeFile(file, "x");
    const QString impossible = file + QStringLiteral("/profile");
    const Run run = runTsunagu({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"), impossible,
                                QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot be created or written")));
    CHECK(run.err.contains(impossible));
}

TEST_CASE("a profile folder without write permission is explained and left alone", "[cli][bad-input]")
{
    // Permissions do not bind root: as root, run Tsunagu as the unprivileged "nobody" instead.
    const auto readableByAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                               QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                               QFileDevice::ExeOther;
    QStringList prefix;
    QTemporaryDir bin;
    if (::geteuid() == 0) {
        // setpriv drops root privileges for the run, as DovecotServer does.
        test::requireServer(QStringLiteral("setpriv (util-linux), to run as nobody instead of root"),
                            !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty());
        // The build folder may be private to root: give "nobody" a copy of the program it can run.
        REQUIRE(QFile::setPermissions(bin.path(), readableByAll));
        const QString program = bin.filePath(QStringLiteral("tsunagu"));
        REQUIRE(QFile::copy(QStringLiteral(TSUNAGU_EXECUTABLE), program));
        REQUIRE(QFile::setPermissions(program, readableByAll));
        prefix = {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                  program};
    }
    // Everyone may look into the folder, only its owner (not the user running Tsunagu) may write.
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(), readableByAll));
    const QStringList arguments = {QStringLiteral("--lang"),    QStringLiteral("en"),
                                   QStringLiteral("--profile"), dir.path(),
                                   QStringLiteral("rooms"),     QStringLiteral("list")};
    const Run run =
        prefix.isEmpty() ? runTsunagu(arguments) : runProgram(QStringLiteral("setpriv"), prefix + arguments);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot be created or written")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("help, version and usage errors", "[cli]")
{
    const Run version = runTsunagu({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(TSUNAGU_VERSION)));

    const Run help = runTsunagu({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--profile")));
    CHECK(help.out.contains(QStringLiteral("rooms list")));
    CHECK(hasKana(help.out));

    const Run unknown = runTsunagu({QStringLiteral("--demo"), QStringLiteral("fly")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("fly")));

    const Run language = runTsunagu({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")});
    CHECK(language.exitCode == 0); // --version answers before anything else
    const Run badLanguage = runTsunagu({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--demo"),
                                        QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(badLanguage.exitCode == 2);
    CHECK(badLanguage.err.contains(QStringLiteral("fr")));
}

TEST_CASE("mail inspect shows what intake understands of a Japanese form mail", "[cli][intake]")
{
    QTemporaryDir tmp;
    const QString mail = QStringLiteral(TSUNAGU_MAIL_CORPUS) + QStringLiteral("/form-iso2022jp.eml");
    const QByteArray before = test::fileHash(mail);
    const Run run = runTsunagu(
        {QStringLiteral("--demo"), QStringLiteral("mail"), QStringLiteral("inspect"), mail, QStringLiteral("--json")},
        tmp.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject u = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(u.value(QStringLiteral("subject")).toString() == QStringLiteral("【ルームN】参加申し込み（さくら様）"));
    CHECK(u.value(QStringLiteral("classification")).toString() == QStringLiteral("application"));
    CHECK(u.value(QStringLiteral("room")).toString() == QStringLiteral("N"));
    // The form service sent it; the applicant's own address is the one to answer.
    CHECK(u.value(QStringLiteral("replyAddress")).toString() == QStringLiteral("sakura@example.jp"));
    CHECK(u.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("anonymousName")).toString() ==
          QStringLiteral("さくら"));
    CHECK_FALSE(u.value(QStringLiteral("uncertain")).toBool());
    // Inspecting stores nothing and changes nothing.
    CHECK(test::fileHash(mail) == before);
}

TEST_CASE("import takes mail files in once, and applicants list shows them", "[cli][intake]")
{
    QTemporaryDir dir;
    const QString mail = QStringLiteral(TSUNAGU_MAIL_CORPUS) + QStringLiteral("/form-iso2022jp.eml");
    const QStringList profile = {QStringLiteral("--profile"), dir.path(), QStringLiteral("--demo")};
    const Run first = runTsunagu(profile + QStringList{QStringLiteral("import"), mail, QStringLiteral("--json")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject imported = QJsonDocument::fromJson(first.out.toUtf8()).array().first().toObject();
    CHECK(imported.value(QStringLiteral("outcome")).toString() == QStringLiteral("new_applicant"));
    const qint64 id = imported.value(QStringLiteral("applicantId")).toInteger();
    CHECK(id > 0);

    const Run again = runTsunagu(profile + QStringList{QStringLiteral("import"), mail, QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()).array().first().toObject().value(QStringLiteral("outcome")) ==
          QStringLiteral("already_known"));

    const Run list =
        runTsunagu(profile + QStringList{QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--room"),
                                         QStringLiteral("N"), QStringLiteral("--status"), QStringLiteral("new"),
                                         QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray applicants = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(applicants.size() == 1);
    const QJsonObject a = applicants.first().toObject();
    CHECK(a.value(QStringLiteral("id")).toInteger() == id);
    CHECK(a.value(QStringLiteral("anonymousName")).toString() == QStringLiteral("さくら"));
    // Waiting since the mail was sent (Date: 2024-03-05 19:00 +0900), not since it was imported.
    const qint64 sinceSent =
        QDate(2024, 3, 5).daysTo(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date());
    CHECK(std::abs(a.value(QStringLiteral("waitingDays")).toInt() - sinceSent) <= 1);
    bool introduction = false;
    for (const QJsonValue& field : a.value(QStringLiteral("fields")).toArray())
        introduction = introduction || field.toObject().value(QStringLiteral("key")) == QStringLiteral("introduction");
    CHECK(introduction);

    // A file that is not there is named, and the exit code says something was not imported.
    const Run missing =
        runTsunagu(profile + QStringList{QStringLiteral("import"), dir.filePath(QStringLiteral("nothing.eml"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("nothing.eml")));
    const Run badStatus = runTsunagu(profile + QStringList{QStringLiteral("applicants"), QStringLiteral("list"),
                                                           QStringLiteral("--status"), QStringLiteral("happy")});
    CHECK(badStatus.exitCode == 2);
}

// `tsunagu` runs commands and leaves the window to `tsunagu-window` beside it. A stand-in window program that
// prints what it was given shows that the whole command line is handed over, and that its exit status comes back.
TEST_CASE("tsunagu without a command hands the whole command line to tsunagu-window beside it", "[cli][window]")
{
    QTemporaryDir bin;
    REQUIRE(bin.isValid());
    const QString program = bin.filePath(QStringLiteral("tsunagu"));
    REQUIRE(QFile::copy(QStringLiteral(TSUNAGU_EXECUTABLE), program));
    const QString stand = bin.filePath(QStringLiteral("tsunagu-window"));
    {
        QFile script(stand);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf 'window:%s\\n' \"$@\"\nexit 7\n");
    }
    REQUIRE(QFile::setPermissions(stand, QFile::permissions(program)));

    const Run opened = runProgram(program, {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("ja")});
    CHECK(opened.exitCode == 7);
    CHECK(opened.out == QStringLiteral("window:--demo\nwindow:--lang\nwindow:ja\n"));

    // A command, --help and --version stay with tsunagu.
    const Run listed = runProgram(program, {QStringLiteral("--demo"), QStringLiteral("rooms"), QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK_FALSE(listed.out.contains(QStringLiteral("window:")));
    CHECK(runProgram(program, {QStringLiteral("--version")}).out.contains(QStringLiteral(TSUNAGU_VERSION)));

    // Without the window program the host is told, in their language, and the commands still work.
    REQUIRE(QFile::remove(stand));
    const Run missing = runProgram(program, {QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("The window could not be opened")));
    CHECK(missing.err.contains(stand));
    const Run missingJa = runProgram(program, {QStringLiteral("--lang"), QStringLiteral("ja")});
    CHECK(missingJa.exitCode == 1);
    CHECK(hasKana(missingJa.err));
}

#ifdef Q_OS_LINUX
TEST_CASE("A command does not load Qt Widgets or Gui", "[cli][window]")
{
    // They are a third of the time of a quick command such as a sync with nothing new (see tests/bench/README.md).
    const Run libraries = runProgram(QStringLiteral("ldd"), {QStringLiteral(TSUNAGU_EXECUTABLE)});
    REQUIRE(libraries.exitCode == 0);
    CHECK(libraries.out.contains(QStringLiteral("libQt6Core")));
    CHECK_FALSE(libraries.out.contains(QStringLiteral("libQt6Widgets")));
    CHECK_FALSE(libraries.out.contains(QStringLiteral("libQt6Gui")));
}
#endif

TEST_CASE("import refuses, before reading, what cannot be one mail, says why, and leaves the profile free",
          "[cli][intake][bad-input]")
{
    QTemporaryDir dir;
    QTemporaryDir files;
    const QStringList profile = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"),
                                 dir.path(), QStringLiteral("--demo")};
    REQUIRE(runTsunagu(profile + QStringList{QStringLiteral("rooms"), QStringLiteral("list")}).exitCode == 0);

    // 2 GB that take no disk: the size alone refuses it (reading it would take 2 GB of memory).
    const QString huge = files.filePath(QStringLiteral("huge.eml"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    const QString fifo = files.filePath(QStringLiteral("pipe.eml"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString empty = files.filePath(QStringLiteral("empty.eml"));
    writeFile(empty, "\r\n\r\n");
    const QString binary = files.filePath(QStringLiteral("picture.eml"));
    // A PNG's signature and the start of its header chunk (NUL bytes inside: the length comes from the array).
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    writeFile(binary, QByteArray(png, sizeof png - 1) + QByteArray(2000, '\x07'));
    const QString text = files.filePath(QStringLiteral("notes.eml"));
    writeFile(text, "Shopping list\nmilk\n");

    struct Case
    {
        QString path;
        QString said;
    };
    const QVector<Case> cases = {
        {huge, QStringLiteral("larger than 25 MB")},
        {fifo, QStringLiteral("not a file but a device or a pipe")},
        {QStringLiteral("/dev/zero"), QStringLiteral("not a file but a device or a pipe")},
        {empty, QStringLiteral("the file is empty")},
        {binary, QStringLiteral("this is not a mail")},
        {text, QStringLiteral("this is not a mail")},
        {files.filePath(QStringLiteral("missing.eml")), QStringLiteral("there is no such file")},
    };
    for (const Case& c : cases) {
        INFO(c.path.toStdString());
        const Run run = runTsunagu(profile + QStringList{QStringLiteral("import"), c.path});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(c.path));
        CHECK(run.err.contains(c.said));
        CHECK_FALSE(run.err.contains(QStringLiteral("bad_alloc")));
        // Nothing was kept as unclassified mail, and the lock went with the command.
        CHECK_FALSE(QFile::exists(dir.filePath(QLatin1String(Profile::s_lockFile))));
    }
    const Run list = runTsunagu(
        profile + QStringList{QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 13);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-refusals"));
    {
        db.setDatabaseName(databaseIn(dir));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE classification = 'unclassified'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 2); // the demo's two letters, nothing more
        db.close();
    }
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("cli-refusals"));
}
