// SPDX-License-Identifier: GPL-3.0-or-later
// 名簿 and 集計 hand their documents over: a room's roster and the report are previewed for printing and saved as
// PDF or CSV, by the same renderer the command line uses; a roster asks for a room first.
#include "PdfTools.h"
#include "UiFixture.h"
#include "areas/ReportsArea.h"
#include "areas/RostersArea.h"
#include "common/Csv.h"

#include <QComboBox>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

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

TEST_CASE("the Reports area prints the report and saves it as PDF", "[gui][reports]")
{
    test::UiFixture fixture;
    ui::ReportsArea area(fixture.services());
    area.show();
    area.refresh();
    auto* room = child<QComboBox>(&area, "reportRoomCombo");
    REQUIRE(room->count() > 1);
    CHECK(room->itemText(0) == QStringLiteral("All rooms"));

    QTest::mouseClick(child<QPushButton>(&area, "printReportButton"), Qt::LeftButton);
    auto* preview = area.findChild<QPrintPreviewDialog*>(QStringLiteral("printPreviewDialog"));
    REQUIRE(preview);
    CHECK(preview->isVisible());
    preview->close();

    room->setCurrentIndex(room->findText(QStringLiteral("D — "), Qt::MatchStartsWith));
    QTemporaryDir dir;
    fixture.prompter().saveFile = dir.filePath(QStringLiteral("report.pdf"));
    QTest::mouseClick(child<QPushButton>(&area, "saveReportPdfButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.prompter().told.isEmpty() &&
                                 fixture.prompter().told.last().contains(fixture.prompter().saveFile),
                             20000);
    const QString text = test::pdfText(fixture.prompter().saveFile);
    CHECK(text.contains(QStringLiteral("参加状況の報告 ルームD")));
    CHECK(text.contains(QStringLiteral("発行日")));
}
