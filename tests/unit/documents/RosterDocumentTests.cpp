// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting's roster on paper and for Excel: the room, day and time, the members by anonymous name on as many
// pages as they need (each numbered), what the document holds said first, no address anywhere.
#include "PdfTools.h"
#include "common/Csv.h"
#include "documents/RosterDocument.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tsunagu;

namespace {

MeetingRoster roster(int members)
{
    const QTimeZone japan("Asia/Tokyo");
    MeetingRoster r;
    r.roomCode = QStringLiteral("D");
    r.roomName = QStringLiteral("合同Zoom断酒例会");
    r.start = QDateTime(QDate(2026, 12, 1), QTime(19, 30), japan);
    r.end = r.start.addSecs(90 * 60);
    r.date = r.start.date();
    r.beginnerOffsetMinutes = 30;
    for (int i = 1; i <= members; ++i)
        r.members.append({QStringLiteral("なまえ%1").arg(i, 4, 10, QLatin1Char('0')),
                          i % 3 == 0 ? Category::Family : Category::Person});
    return r;
}

} // namespace

TEST_CASE("A roster PDF lists every member with the meeting's time on numbered pages", "[documents][roster]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE(RosterDocument::writePdf(path, roster(70), QDate(2026, 11, 30)).ok());
    const test::PdfFacts pdf = test::readPdf(path);
    INFO(pdf.text.toStdString());
    CHECK(pdf.pages == 3);
    CHECK(pdf.allFontsEmbedded);
    CHECK(pdf.fonts.filter(QStringLiteral("NotoSansCJK")).size() == pdf.fonts.size());
    const QString first = test::pdfText(path, 1, 1);
    CHECK(first.trimmed().startsWith(QStringLiteral("この名簿には")));
    CHECK(first.contains(QStringLiteral("参加者名簿 ルームD「合同Zoom断酒例会」")));
    CHECK(first.contains(QStringLiteral("2026年12月1日(火) 19:30〜21:00")));
    CHECK(first.contains(QStringLiteral("ビギナータイム 19:00〜")));
    CHECK(first.contains(QStringLiteral("メンバー 70名")));
    CHECK(first.contains(QStringLiteral("発行日 2026年11月30日(月)")));
    CHECK(first.contains(QStringLiteral("1/3")));
    CHECK(test::pdfText(path, 3, 3).contains(QStringLiteral("3/3")));
    // Every member once, in order, across the pages.
    const QRegularExpression name(QStringLiteral("なまえ(\\d{4})"));
    QVector<int> seen;
    for (auto match = name.globalMatch(pdf.text); match.hasNext();)
        seen.append(match.next().captured(1).toInt());
    REQUIRE(seen.size() == 70);
    for (int i = 0; i < 70; ++i)
        CHECK(seen.at(i) == i + 1);
    CHECK_FALSE(pdf.text.contains(QLatin1Char('@')));
}

TEST_CASE("A day without a meeting still gives a roster for that day", "[documents][roster]")
{
    MeetingRoster r = roster(0);
    r.start = {};
    r.end = {};
    r.date = QDate(2026, 12, 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.pdf"));
    REQUIRE(RosterDocument::writePdf(path, r, QDate(2026, 11, 30)).ok());
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("2026年12月2日(水)(この日に予定されたミーティングはありません)")));
    CHECK(text.contains(QStringLiteral("まだメンバーが登録されていません")));
}

TEST_CASE("A roster CSV reads back in Excel's way with one row per member", "[documents][roster]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(RosterDocument::writeCsv(path, roster(5)).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const Csv::DecodedText decoded = Csv::decode(bytes);
    CHECK(decoded.encoding == QStringLiteral("UTF-8"));
    const QVector<QStringList> rows = Csv::parse(decoded.text);
    REQUIRE(rows.size() >= 11);
    CHECK(rows.at(0).first().startsWith(QStringLiteral("この名簿には")));
    CHECK(rows.at(1) == QStringList{QStringLiteral("ルーム"), QStringLiteral("D"), QStringLiteral("合同Zoom断酒例会")});
    CHECK(rows.at(2).value(1).startsWith(QStringLiteral("2026年12月1日(火) 19:30〜21:00")));
    CHECK(rows.at(3) == QStringList{QStringLiteral("メンバー数"), QStringLiteral("5")});
    CHECK(rows.at(5) == QStringList{QStringLiteral("出席"), QStringLiteral("No."), QStringLiteral("匿名の名前"),
                                    QStringLiteral("区分")});
    CHECK(rows.at(6) ==
          QStringList{QString(), QStringLiteral("1"), QStringLiteral("なまえ0001"), QStringLiteral("本人")});
    CHECK(rows.at(8) ==
          QStringList{QString(), QStringLiteral("3"), QStringLiteral("なまえ0003"), QStringLiteral("家族")});
    CHECK(rows.at(10).value(2) == QStringLiteral("なまえ0005"));

    CHECK(RosterDocument::writeCsv(dir.filePath(QStringLiteral("no/such/folder/r.csv")), roster(1)).error().code ==
          DocumentError::CannotCreate);
}
