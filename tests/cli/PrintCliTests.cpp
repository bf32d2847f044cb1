// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu report --pdf and tsunagu roster on the demo profile: the files a host prints or opens in Excel, read back
// with poppler's tools and the CSV reader; wrong choices refused with a usage line and no file.
#include "CliRun.h"
#include "PdfTools.h"

#include "common/Csv.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace tsunagu;

namespace {

QDate nextTuesday()
{
    for (QDate d = QDate::currentDate().addDays(7);; d = d.addDays(1)) {
        if (d.dayOfWeek() == Qt::Tuesday)
            return d;
    }
}

} // namespace

TEST_CASE("roster writes the members of a room by anonymous name as PDF and CSV", "[cli][roster]")
{
    test::CliProfile profile;
    const QDate day = nextTuesday();
    const QString pdf = profile.tmp.filePath(QStringLiteral("roster.pdf"));
    const test::Run printed =
        profile.run({QStringLiteral("roster"), QStringLiteral("--room"), QStringLiteral("D"), QStringLiteral("--date"),
                     day.toString(Qt::ISODate), QStringLiteral("--pdf"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(QStringLiteral("3 member")));
    const test::PdfFacts facts = test::readPdf(pdf);
    INFO(facts.text.toStdString());
    CHECK(facts.pages == 1);
    CHECK(facts.allFontsEmbedded);
    CHECK(facts.text.contains(QStringLiteral("参加者名簿 ルームD")));
    CHECK(facts.text.contains(QStringLiteral("%1年%2月%3日(火)").arg(day.year()).arg(day.month()).arg(day.day())));
    for (const char* name : {"ゆきだるま", "やまびこ", "のぞみ"})
        CHECK(facts.text.contains(QString::fromUtf8(name)));
    CHECK_FALSE(facts.text.contains(QStringLiteral("ひまわり"))); // room DF's
    CHECK_FALSE(facts.text.contains(QLatin1Char('@')));

    const QString csvPath = profile.tmp.filePath(QStringLiteral("roster.csv"));
    const test::Run exported = profile.run(
        {QStringLiteral("roster"), QStringLiteral("--room"), QStringLiteral("D"), QStringLiteral("--csv"), csvPath});
    REQUIRE(exported.exitCode == 0);
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = Csv::parse(Csv::decode(file.readAll()).text);
    QStringList names;
    for (int i = 6; i < rows.size(); ++i)
        names.append(rows.at(i).value(2));
    names.removeAll(QString());
    CHECK(names.size() == 3);
    CHECK(names.contains(QStringLiteral("のぞみ")));
    CHECK(rows.at(3).value(1) == QStringLiteral("3"));
}

TEST_CASE("roster refuses an unknown room and an unclear choice of file", "[cli][roster]")
{
    test::CliProfile profile;
    const QString pdf = profile.tmp.filePath(QStringLiteral("x.pdf"));
    const test::Run unknown = profile.run(
        {QStringLiteral("roster"), QStringLiteral("--room"), QStringLiteral("ZZ"), QStringLiteral("--pdf"), pdf});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no room with the code ZZ")));
    const test::Run both = profile.run({QStringLiteral("roster"), QStringLiteral("--room"), QStringLiteral("D"),
                                        QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), pdf});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("Usage: tsunagu roster")));
    const test::Run badDate =
        profile.run({QStringLiteral("roster"), QStringLiteral("--room"), QStringLiteral("D"), QStringLiteral("--date"),
                     QStringLiteral("2026-13-01"), QStringLiteral("--pdf"), pdf});
    CHECK(badDate.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("report --pdf prints the figures that report --json gives", "[cli][report]")
{
    test::CliProfile profile;
    const QDate day = nextTuesday();
    const QString iso = day.toString(Qt::ISODate);
    REQUIRE(profile
                .run({QStringLiteral("attendance"), QStringLiteral("record"), QStringLiteral("--room"),
                      QStringLiteral("D"), QStringLiteral("--date"), iso, QStringLiteral("--persons"),
                      QStringLiteral("13"), QStringLiteral("--families"), QStringLiteral("7")})
                .exitCode == 0);
    const QString pdf = profile.tmp.filePath(QStringLiteral("report.pdf"));
    const test::Run printed =
        profile.run({QStringLiteral("report"), QStringLiteral("--room"), QStringLiteral("D"), QStringLiteral("--from"),
                     iso, QStringLiteral("--to"), iso, QStringLiteral("--pdf"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const test::PdfFacts facts = test::readPdf(pdf);
    INFO(facts.text.toStdString());
    CHECK(facts.allFontsEmbedded);
    CHECK(facts.text.contains(QStringLiteral("参加状況の報告 ルームD")));
    CHECK(facts.text.contains(QStringLiteral("1回")));
    CHECK(facts.text.contains(QStringLiteral("20名")));
    CHECK(facts.text.contains(QStringLiteral("65.0%"))); // 13 of 20
    CHECK(facts.text.contains(QStringLiteral("35.0%")));
    CHECK(facts.text.contains(QStringLiteral("1回のミーティング")));

    // The other forms of report stay as they were (no Qt Gui needed for them).
    const test::Run json =
        profile.run({QStringLiteral("report"), QStringLiteral("--room"), QStringLiteral("D"), QStringLiteral("--from"),
                     iso, QStringLiteral("--to"), iso, QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"totalAttendance\": 20")));

    const test::Run backwards =
        profile.run({QStringLiteral("report"), QStringLiteral("--room"), QStringLiteral("D"), QStringLiteral("--from"),
                     iso, QStringLiteral("--to"), day.addDays(-1).toString(Qt::ISODate), QStringLiteral("--pdf"),
                     profile.tmp.filePath(QStringLiteral("no.pdf"))});
    CHECK(backwards.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(profile.tmp.filePath(QStringLiteral("no.pdf"))));
}
