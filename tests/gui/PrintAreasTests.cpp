// SPDX-License-Identifier: GPL-3.0-or-later
// 名簿 and 集計 hand their documents over: a room's roster and the report are previewed for printing and saved as
// PDF or CSV, by the same renderer the command line uses; a roster asks for a room first.
#include "PdfTools.h"
#include "UiFixture.h"
#include "areas/ReportCharts.h"
#include "areas/ReportsArea.h"
#include "areas/RostersArea.h"
#include "common/Csv.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tsunagu;
using test::child;

TEST_CASE("the Rosters area prints a room's roster and saves it for Excel", "[gui][rosters]")
{
    test::UiFixture fixture;
    ui::RostersArea area(fixture.services());
    area.show();
    area.refresh();
    auto* room = child<QComboBox>(&area, "roomCombo");

    // Every room at once is no meeting's roster.
    room->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(&area, "printRosterButton"), Qt::LeftButton);
    REQUIRE_FALSE(fixture.prompter().told.isEmpty());
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("Choose a room first")));
    CHECK_FALSE(area.findChild<QPrintPreviewDialog*>(QStringLiteral("printPreviewDialog")));

    room->setCurrentIndex(room->findData(QStringLiteral("D")));
    QTest::mouseClick(child<QPushButton>(&area, "printRosterButton"), Qt::LeftButton);
    auto* preview = area.findChild<QPrintPreviewDialog*>(QStringLiteral("printPreviewDialog"));
    REQUIRE(preview);
    CHECK(preview->isVisible());
    preview->close();

    QTemporaryDir dir;
    fixture.prompter().saveFile = dir.filePath(QStringLiteral("roster.csv"));
    QTest::mouseClick(child<QPushButton>(&area, "saveRosterCsvButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.prompter().told.last().contains(fixture.prompter().saveFile), 20000);
    QFile file(fixture.prompter().saveFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = Csv::parse(Csv::decode(file.readAll()).text);
    QStringList names;
    for (int i = 6; i < rows.size(); ++i)
        names.append(rows.at(i).value(2));
    names.removeAll(QString());
    names.sort();
    CHECK(names == QStringList{QStringLiteral("のぞみ"), QStringLiteral("やまびこ"), QStringLiteral("ゆきだるま")});
    CHECK(child<QPushButton>(&area, "saveRosterPdfButton")->isEnabled());

    fixture.prompter().saveFile = dir.filePath(QStringLiteral("roster.pdf"));
    QTest::mouseClick(child<QPushButton>(&area, "saveRosterPdfButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.prompter().told.last().contains(fixture.prompter().saveFile), 20000);
    CHECK(test::pdfText(fixture.prompter().saveFile).contains(QStringLiteral("ゆきだるま")));
}

TEST_CASE("the Reports area charts a room's meetings and shares, then prints and saves them", "[gui][reports]")
{
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();
    // A room of its own with three meetings in the last four weeks: 10, 20 and 30 people.
    Room room;
    room.code = QStringLiteral("T");
    room.name = QStringLiteral("テストの部屋");
    room.theme = QStringLiteral("alcohol");
    room.receptionAddress = QStringLiteral("reception@example.jp");
    auto roomId = services.rooms.insert(room);
    REQUIRE(roomId.ok());
    const QTimeZone japan("Asia/Tokyo");
    const QDate today = services.clock.now().toTimeZone(japan).date();
    MeetingSeries series;
    series.roomId = roomId.value();
    series.title = QStringLiteral("例会");
    series.firstStart = QDateTime(today.addDays(-21), QTime(19, 0), japan);
    auto seriesId = services.meetings.insertSeries(series);
    REQUIRE(seriesId.ok());
    const int people[][4] = {{6, 2, 1, 1}, {10, 6, 2, 2}, {15, 9, 3, 3}};
    QVector<QDateTime> starts;
    for (int i = 0; i < 3; ++i) {
        const QDateTime start(today.addDays(-21 + 7 * i), QTime(19, 0), japan);
        starts.append(start);
        auto occurrence = services.meetings.addExtraOccurrence(seriesId.value(), start, {});
        REQUIRE(occurrence.ok());
        REQUIRE(services.meetings
                    .recordAttendance({occurrence.value(), people[i][0], people[i][1], people[i][2], people[i][3], 1},
                                      start)
                    .ok());
    }

    ui::ReportsArea area(services);
    area.show();
    QSignalSpy loaded(&area, &ui::ReportsArea::reportLoaded);
    area.refresh();
    REQUIRE(loaded.wait(20000));
    auto* roomCombo = child<QComboBox>(&area, "reportRoomCombo");
    CHECK(roomCombo->itemText(0) == QStringLiteral("All rooms"));
    roomCombo->setCurrentIndex(roomCombo->findText(QStringLiteral("T — "), Qt::MatchStartsWith));
    QTRY_VERIFY_WITH_TIMEOUT(area.isLoaded() && area.shownReport().roomCode == QStringLiteral("T"), 20000);

    // A chart's series belong to its scene, not to the widget tree: found through the view by name.
    const auto seriesIn = [&](const char* viewName, const QString& seriesName) -> QAbstractSeries* {
        for (QAbstractSeries* shown : child<QChartView>(&area, viewName)->chart()->series()) {
            if (shown->objectName() == seriesName)
                return shown;
        }
        return nullptr;
    };
    auto* attendance = qobject_cast<QLineSeries*>(seriesIn("attendanceChartView", QStringLiteral("attendanceSeries")));
    REQUIRE(attendance);
    const QList<QPointF> points = attendance->points();
    REQUIRE(points.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(points.at(i).x() == double(starts.at(i).toMSecsSinceEpoch()));
        CHECK(points.at(i).y() == 10.0 * (i + 1));
    }
    auto* shares = qobject_cast<QPieSeries*>(seriesIn("sharesChartView", QStringLiteral("sharesSeries")));
    REQUIRE(shares);
    REQUIRE(shares->count() == 4);
    // 31 persons, 17 families, 6 supporters, 6 others of 60.
    CHECK(shares->slices().at(0)->value() == 31);
    CHECK(shares->slices().at(1)->value() == 17);
    CHECK(shares->slices().at(0)->label().contains(QStringLiteral("51.7")));
    CHECK(child<QLabel>(&area, "figuresLabel")->text().contains(QStringLiteral("60")));

    QTest::mouseClick(child<QPushButton>(&area, "printReportButton"), Qt::LeftButton);
    auto* preview = area.findChild<QPrintPreviewDialog*>(QStringLiteral("printPreviewDialog"));
    REQUIRE(preview);
    CHECK(preview->isVisible());
    preview->close();

    QTemporaryDir dir;
    fixture.prompter().saveFile = dir.filePath(QStringLiteral("report.pdf"));
    QTest::mouseClick(child<QPushButton>(&area, "saveReportPdfButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.prompter().told.isEmpty() &&
                                 fixture.prompter().told.last().contains(fixture.prompter().saveFile),
                             20000);
    const QString text = test::pdfText(fixture.prompter().saveFile);
    CHECK(text.contains(QStringLiteral("参加状況の報告 ルームT")));
    CHECK(text.contains(QStringLiteral("60名")));

    fixture.prompter().saveFile = dir.filePath(QStringLiteral("report.csv"));
    QTest::mouseClick(child<QPushButton>(&area, "saveReportCsvButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.prompter().told.last().contains(fixture.prompter().saveFile), 20000);
    QFile csv(fixture.prompter().saveFile);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = Csv::parse(Csv::decode(csv.readAll()).text);
    CHECK(rows.contains(QStringList{QStringLiteral("延べ参加者数"), QStringLiteral("60")}));
    CHECK(rows.contains(QStringList{QStringLiteral("本人"), QStringLiteral("31"), QStringLiteral("51.7")}));
    CHECK(rows.contains(QStringList{starts.at(2).toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("T"),
                                    QStringLiteral("30")}));
}

TEST_CASE("In Japanese, the attendance chart's time axis reads dates as 12月1日, or 2026年12月1日 across years",
          "[gui][reports][language]")
{
    test::UiFixture fixture;
    test::LanguageGuard japanese(QStringLiteral("ja"));
    ui::ReportCharts charts;
    auto* axis = qobject_cast<QDateTimeAxis*>(
        charts.findChild<QChartView*>(QStringLiteral("attendanceChartView"))->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(axis);
    const QDateTime start(QDate(2026, 12, 1), QTime(19, 0), QTimeZone("Asia/Tokyo"));
    const ui::ReportCharts::Points points{{QPointF(double(start.toMSecsSinceEpoch()), 12)}, false};
    AttendanceReport report;
    report.from = QDate(2026, 11, 1);
    report.to = QDate(2026, 12, 1);
    charts.showReport(report, points);
    CHECK(start.toString(axis->format()) == QStringLiteral("12月1日"));
    // A period across the new year names the year.
    report.from = QDate(2025, 12, 2);
    charts.showReport(report, points);
    CHECK(start.toString(axis->format()) == QStringLiteral("2026年12月1日"));
    // Ten years of meetings are drawn as one point per month.
    report.from = QDate(2016, 12, 2);
    charts.showReport(report, {points.points, true});
    CHECK(start.toString(axis->format()) == QStringLiteral("2026年12月"));
}
