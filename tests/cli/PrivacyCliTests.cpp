// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting an applicant, the audit log and each room's retention through the real executable: tsunagu
// applicants delete (also on a real Dovecot), tsunagu audit list, tsunagu rooms set --retention-days.
#include "CliRun.h"
#include "DovecotServer.h"
#include "MailSamples.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using tsunagu::test::CliProfile;
using tsunagu::test::DovecotServer;
using tsunagu::test::Run;

const QString s_name = QStringLiteral("ケシゴムつぐみ");
const QString s_address = QStringLiteral("erase-cli-5521@example.jp");
const QString s_introLine = QStringLiteral("消えるはずの自己紹介文です。");
const QByteArray s_messageId = "erase-cli-5521@forms.example.org";

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The database file and its WAL, as they lie on the disk.
bool inDatabase(const CliProfile& profile, const QByteArray& needle)
{
    const QString path = profile.dir + QStringLiteral("/tsunagu.sqlite");
    return fileBytes(path).contains(needle) || fileBytes(path + QStringLiteral("-wal")).contains(needle);
}

// Mail files in the server's Maildirs (new/ and cur/) holding `needle`.
int mailFilesWith(const DovecotServer& server, const QByteArray& needle)
{
    int found = 0;
    QDirIterator it(server.directory(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if ((path.contains(QStringLiteral("/cur/")) || path.contains(QStringLiteral("/new/"))) &&
            fileBytes(path).contains(needle))
            ++found;
    }
    return found;
}

QJsonArray jsonArray(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

qint64 applicantNamed(const CliProfile& profile, const QString& name, int* total = nullptr)
{
    const QJsonArray all =
        jsonArray(profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")}));
    if (total)
        *total = all.size();
    for (const QJsonValue& value : all) {
        if (value.toObject().value(QStringLiteral("anonymousName")).toString() == name)
            return value.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

} // namespace

TEST_CASE("applicants delete --also-on-server removes the applicant here and the original mail on the server",
          "[cli][privacy][server]")
{
    DovecotServer::requireInstalled();
    DovecotServer server;
    REQUIRE(server.start());
    CliProfile profile;
    const Run added = profile.run(
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ルームD 受付"),
         QStringLiteral("--imap"),
         QStringLiteral("imaps://%1@%2:%3").arg(server.user(), server.host()).arg(server.imapsPort()),
         QStringLiteral("--ca-file"), server.certificatePath(), QStringLiteral("--rooms"), QStringLiteral("D")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    REQUIRE_FALSE(server
                      .deliver(tsunagu::test::formMail(QStringLiteral("【ルームD】参加申し込み"),
                                                       tsunagu::test::applicationBody(s_name, s_address, s_introLine),
                                                       s_messageId))
                      .isEmpty());
    // A second applicant's mail in the same mailbox must survive the deletion.
    REQUIRE_FALSE(
        server
            .deliver(tsunagu::test::formMail(
                QStringLiteral("【ルームD】参加申し込み"),
                tsunagu::test::applicationBody(QStringLiteral("のこるひと"), QStringLiteral("stays@example.jp")),
                "stays-5521@forms.example.org"))
            .isEmpty());
    const Run synced =
        profile.run({QStringLiteral("sync"), QStringLiteral("--password-stdin")}, server.password().toUtf8() + "\n");
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    int before = 0;
    const qint64 id = applicantNamed(profile, s_name, &before);
    REQUIRE(id > 0);
    REQUIRE(mailFilesWith(server, s_messageId) == 1);
    REQUIRE(inDatabase(profile, s_address.toUtf8()));

    // Not from a terminal, without --yes: refused, nothing deleted.
    const Run refused = profile.run({QStringLiteral("applicants"), QStringLiteral("delete"), QString::number(id)});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--yes")));
    CHECK(applicantNamed(profile, s_name) == id);

    const Run deleted =
        profile.run({QStringLiteral("applicants"), QStringLiteral("delete"), QString::number(id),
                     QStringLiteral("--also-on-server"), QStringLiteral("--password-stdin"), QStringLiteral("--yes")},
                    server.password().toUtf8() + "\n");
    INFO(deleted.out.toStdString());
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.exitCode == 0);
    CHECK(deleted.out.contains(QStringLiteral("Deleted 1 original mail(s) on the server")));

    // Gone on the server (the other applicant's mail stays), and gone from every byte of the database.
    CHECK(mailFilesWith(server, s_messageId) == 0);
    CHECK(mailFilesWith(server, "stays-5521@forms.example.org") == 1);
    for (const QByteArray& needle : {s_address.toUtf8(), s_name.toUtf8(), s_introLine.toUtf8(), s_messageId}) {
        INFO(needle.toStdString());
        CHECK_FALSE(inDatabase(profile, needle));
    }
    // Still counted, without a name.
    int after = 0;
    CHECK(applicantNamed(profile, s_name, &after) == 0);
    CHECK(after == before);

    // The audit log says what happened to which id, and nothing about the person.
    const Run audit = profile.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    bool logged = false;
    for (const QJsonValue& value : jsonArray(audit)) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("action")).toString() == QLatin1String("applicant.deleted") &&
            entry.value(QStringLiteral("subjectId")).toInteger() == id)
            logged = true;
    }
    CHECK(logged);
    CHECK_FALSE(audit.out.contains(s_address));
    CHECK_FALSE(audit.out.contains(s_name));

    // Deleting again says so.
    const Run again = profile.run(
        {QStringLiteral("applicants"), QStringLiteral("delete"), QString::number(id), QStringLiteral("--yes")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("deleted already")));
}

TEST_CASE("audit list prints when, what and which record, and --since filters by day", "[cli][privacy]")
{
    CliProfile profile;
    const Run text = profile.run({QStringLiteral("audit"), QStringLiteral("list")});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("profile.demo_seeded")));

    const QJsonArray none =
        jsonArray(profile.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                               QStringLiteral("2099-01-01"), QStringLiteral("--json")}));
    CHECK(none.isEmpty());
    const QJsonArray all =
        jsonArray(profile.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                               QStringLiteral("2000-01-01"), QStringLiteral("--json")}));
    CHECK_FALSE(all.isEmpty());

    const Run bad = profile.run(
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("yesterday")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("2026-12-01")));
}

TEST_CASE("rooms set --retention-days takes 0 to 3650 days and refuses anything else", "[cli][privacy]")
{
    CliProfile profile;
    const Run set = profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"),
                                 QStringLiteral("--retention-days"), QStringLiteral("30")});
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    const Run zero = profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"),
                                  QStringLiteral("--retention-days"), QStringLiteral("0")});
    CHECK(zero.exitCode == 0);
    for (const QString& wrong : {QStringLiteral("-1"), QStringLiteral("3651"), QStringLiteral("half a year")}) {
        const Run refused = profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"),
                                         QStringLiteral("--retention-days=") + wrong});
        INFO(wrong.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("0 to 3650")));
    }
}
