// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu attendance import / record and tsunagu report on the demo profile: the participants counted, a second
// import refused, the report's figures in JSON and as CSV for Excel read back.
#include "CliRun.h"

#include "common/Csv.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tsunagu;

namespace {

// The next Room D night (Tuesday or Friday) at least a week ahead: planned by the rule, nothing stored yet.
QDate nextRoomDNight()
{
    for (QDate d = QDate::currentDate().addDays(7);; d = d.addDays(1)) {
        if (d.dayOfWeek() == Qt::Tuesday || d.dayOfWeek() == Qt::Friday)
            return d;
    }
}

// The classic fixture moved to `date`.
QString fixtureOn(const test::CliProfile& profile, const QDate& date)
{
    QFile in(QStringLiteral(TSUNAGU_ZOOM_DATA "/classic.csv"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    bytes.replace("12/01/2026", date.toString(QStringLiteral("MM/dd/yyyy")).toLatin1());
    const QString path = profile.tmp.filePath(QStringLiteral("participants.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    return path;
}

} // namespace

TEST_CASE("attendance import counts a Zoom list once, and report sums it", "[cli][attendance]")
{
    test::CliProfile profile;
    const QDate night = nextRoomDNight();
    const QString csv = fixtureOn(profile, night);
    const QStringList import{
        QStringLiteral("attendance"), QStringLiteral("import"),      csv,
        QStringLiteral("--room"),     QStringLiteral("D"),           QStringLiteral("--date"),
        night.toString(Qt::ISODate),  QStringLiteral("--host-name"), QStringLiteral("ホストのはる"),
        QStringLiteral("--json")};
    const test::Run first = profile.run(import);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(first.out.toUtf8()).object();
    CHECK(json[QStringLiteral("participants")].toInt() == 4);
    CHECK(json[QStringLiteral("leftOutHost")].toInt() == 1);
    CHECK(json[QStringLiteral("leftOutShort")].toInt() == 1);
    CHECK(json[QStringLiteral("saved")].toBool());
    CHECK_FALSE(first.out.contains(QStringLiteral("@example.org")));
    CHECK_FALSE(first.out.contains(QStringLiteral("さくら")));

    const test::Run second = profile.run(import);
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("already recorded")));

    const test::Run wrongDay =
        profile.run({QStringLiteral("attendance"), QStringLiteral("import"), csv, QStringLiteral("--room"),
                     QStringLiteral("D"), QStringLiteral("--date"), night.addDays(-1).toString(Qt::ISODate)});
    CHECK(wrongDay.exitCode == 1);
    CHECK(wrongDay.err.contains(night.toString(Qt::ISODate)));

    const test::Run report = profile.run({QStringLiteral("report"), QStringLiteral("--room"), QStringLiteral("D"),
                                          QStringLiteral("--from"), night.toString(Qt::ISODate), QStringLiteral("--to"),
                                          night.toString(Qt::ISODate), QStringLiteral("--json")});
    REQUIRE(report.exitCode == 0);
    const QJsonObject figures = QJsonDocument::fromJson(report.out.toUtf8()).object();
    CHECK(figures[QStringLiteral("meetingsHeld")].toInt() == 1);
    CHECK(figures[QStringLiteral("totalAttendance")].toInt() == 4);
    CHECK(figures[QStringLiteral("averagePerMeeting")].toDouble() == Approx(4.0));
    const QJsonObject shares = figures[QStringLiteral("sharesPercent")].toObject();
    double sum = 0;
    for (const QString& key : shares.keys())
        sum += shares[key].toDouble();
    CHECK(sum == Approx(100.0));
}

TEST_CASE("attendance record takes typed counts, report --csv opens in Excel and reads back", "[cli][attendance]")
{
    test::CliProfile profile;
    const QDate night = nextRoomDNight();
    const test::Run recorded = profile.run(
        {QStringLiteral("attendance"), QStringLiteral("record"), QStringLiteral("--room"), QStringLiteral("D"),
         QStringLiteral("--date"), night.toString(Qt::ISODate), QStringLiteral("--persons"), QStringLiteral("22"),
         QStringLiteral("--families"), QStringLiteral("19"), QStringLiteral("--supporters"), QStringLiteral("9"),
         QStringLiteral("--first-timers"), QStringLiteral("3")});
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);
    const test::Run badCount = profile.run(
        {QStringLiteral("attendance"), QStringLiteral("record"), QStringLiteral("--room"), QStringLiteral("D"),
         QStringLiteral("--date"), night.toString(Qt::ISODate), QStringLiteral("--persons"), QStringLiteral("-3")});
    CHECK(badCount.exitCode == 2);

    const QString file = profile.tmp.filePath(QStringLiteral("report.csv"));
    const test::Run report = profile.run({QStringLiteral("report"), QStringLiteral("--room"), QStringLiteral("D"),
                                          QStringLiteral("--from"), night.toString(Qt::ISODate), QStringLiteral("--to"),
                                          night.toString(Qt::ISODate), QStringLiteral("--csv"), file});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const QVector<QStringList> rows = Csv::parse(Csv::decode(bytes).text);
    REQUIRE(rows.size() >= 5);
    CHECK(rows.at(1).value(0) == QStringLiteral("D"));
    CHECK(rows.at(1).value(3) == QStringLiteral("1"));  // meetings held
    CHECK(rows.at(1).value(4) == QStringLiteral("50")); // 22 + 19 + 9
    CHECK(rows.at(1).value(10) == QStringLiteral("44.0"));
    CHECK(rows.at(1).value(11) == QStringLiteral("38.0"));
    CHECK(rows.at(1).value(12) == QStringLiteral("18.0"));
    CHECK(rows.at(1).value(14) == QStringLiteral("3"));
    CHECK(rows.at(4).value(2) == QStringLiteral("50"));
}

TEST_CASE("rooms set --min-minutes changes who an import counts for that room", "[cli][attendance]")
{
    test::CliProfile profile;
    const QDate night = nextRoomDNight();
    const QString csv = fixtureOn(profile, night);

    const test::Run outOfRange = profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"),
                                              QStringLiteral("--min-minutes"), QStringLiteral("241")});
    CHECK(outOfRange.exitCode == 1);
    CHECK(outOfRange.err.contains(QStringLiteral("240")));

    // さくら (40 + 75 minutes) and たろう (119) stayed long enough; ゆき and すずめ (110 each) and みどり (2) did not.
    const test::Run set =
        profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"),
                     QStringLiteral("--min-minutes"), QStringLiteral("112"), QStringLiteral("--json")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(QJsonDocument::fromJson(set.out.toUtf8()).object()[QStringLiteral("minimumMinutes")].toInt() == 112);

    const QStringList dryRun{
        QStringLiteral("attendance"), QStringLiteral("import"),      csv,
        QStringLiteral("--room"),     QStringLiteral("D"),           QStringLiteral("--date"),
        night.toString(Qt::ISODate),  QStringLiteral("--host-name"), QStringLiteral("ホストのはる"),
        QStringLiteral("--dry-run"),  QStringLiteral("--json")};
    const test::Run counted = profile.run(dryRun);
    INFO(counted.err.toStdString());
    REQUIRE(counted.exitCode == 0);
    QJsonObject json = QJsonDocument::fromJson(counted.out.toUtf8()).object();
    CHECK(json[QStringLiteral("participants")].toInt() == 2);
    CHECK(json[QStringLiteral("leftOutShort")].toInt() == 3);
    CHECK_FALSE(json[QStringLiteral("saved")].toBool());

    // An import may still say otherwise for itself.
    const test::Run overridden =
        profile.run(dryRun + QStringList{QStringLiteral("--min-minutes"), QStringLiteral("0")});
    REQUIRE(overridden.exitCode == 0);
    json = QJsonDocument::fromJson(overridden.out.toUtf8()).object();
    CHECK(json[QStringLiteral("participants")].toInt() == 5);
    CHECK(json[QStringLiteral("leftOutShort")].toInt() == 0);

    // Other rooms keep the default of 5 minutes.
    const test::Run rooms = profile.run({QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(rooms.exitCode == 0);
    for (const QJsonValue& room : QJsonDocument::fromJson(rooms.out.toUtf8()).array()) {
        const QJsonObject r = room.toObject();
        INFO(r[QStringLiteral("code")].toString().toStdString());
        CHECK(r[QStringLiteral("minimumMinutes")].toInt() ==
              (r[QStringLiteral("code")].toString() == QStringLiteral("D") ? 112 : 5));
    }
}
