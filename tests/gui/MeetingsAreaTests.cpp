// SPDX-License-Identifier: GPL-3.0-or-later
// ミーティング: the host cancels one meeting after confirming and puts it back; the rest of the series stays, and
// saying no changes nothing.
#include "UiFixture.h"

#include "MainWindow.h"
#include "schedule/OccurrencePlanner.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

int cancelledCount(Database& db, const QDateTime& from)
{
    MeetingRepository meetings(db);
    auto series = meetings.allSeries();
    REQUIRE(series.ok());
    auto planned = OccurrencePlanner(db).forAll(series.value(), from, from.addDays(28), 5000);
    REQUIRE(planned.ok());
    int n = 0;
    for (const PlannedOccurrence& p : planned.value())
        n += p.cancelled ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("A meeting is cancelled from the Meetings area after confirming, and restored", "[gui][meetings]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::MainWindow window(fixture.services());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    REQUIRE(navigation);
    navigation->setCurrentRow(ui::MainWindow::Meetings);
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("areaStack"));
    QWidget* area = stack->currentWidget();
    auto* view = area->findChild<QTableView*>(QStringLiteral("meetingsView"));
    auto* cancel = area->findChild<QPushButton*>(QStringLiteral("cancelMeetingButton"));
    auto* restore = area->findChild<QPushButton*>(QStringLiteral("restoreMeetingButton"));
    REQUIRE(view);
    REQUIRE(cancel);
    REQUIRE(restore);
    CHECK_FALSE(cancel->isEnabled()); // nothing chosen yet

    const QDateTime from = fixture.services().clock.now().addDays(-1);
    const int before = cancelledCount(fixture.database(), from);
    // The first meeting that is neither cancelled nor counted.
    int row = -1;
    for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
        view->selectRow(r);
        if (cancel->isEnabled())
            row = r;
    }
    REQUIRE(row >= 0);
    const QString when = view->model()->index(row, 0).data().toString();

    fixture.prompter().confirmAnswer = false;
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.first().contains(when));
    CHECK(cancelledCount(fixture.database(), from) == before);

    fixture.prompter().confirmAnswer = true;
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(cancelledCount(fixture.database(), from) == before + 1);
    // The table shows it as cancelled, in Japanese.
    int shown = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == when &&
            view->model()->index(r, 5).data().toString().startsWith(QStringLiteral("中止")))
            shown = r;
    }
    REQUIRE(shown >= 0);
    view->selectRow(shown);
    CHECK_FALSE(cancel->isEnabled());
    REQUIRE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(cancelledCount(fixture.database(), from) == before);
}

TEST_CASE("Last night's attendance is entered in a few keystrokes and shown in the list", "[gui][meetings]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::MainWindow window(fixture.services());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    navigation->setCurrentRow(ui::MainWindow::Meetings);
    QWidget* area = window.findChild<QStackedWidget*>(QStringLiteral("areaStack"))->currentWidget();
    auto* view = area->findChild<QTableView*>(QStringLiteral("meetingsView"));
    auto* enter = area->findChild<QPushButton*>(QStringLiteral("attendanceButton"));
    REQUIRE(view);
    REQUIRE(enter);
    // A meeting without attendance yet (the State column is empty).
    int row = -1;
    for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
        if (view->model()->index(r, 5).data().toString().isEmpty())
            row = r;
    }
    REQUIRE(row >= 0);
    const QString when = view->model()->index(row, 0).data().toString();
    view->selectRow(row);
    REQUIRE(enter->isEnabled());
    QTest::mouseClick(enter, Qt::LeftButton);
    auto* dialog = area->findChild<QDialog*>(QStringLiteral("attendanceDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());

    // Type the counts into the boxes, as a host does (digits, over what the box shows).
    auto type = [dialog](const char* name, const QString& digits) {
        auto* box = dialog->findChild<QSpinBox*>(QLatin1String(name));
        REQUIRE(box);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, digits);
    };
    type("personsSpin", QStringLiteral("12"));
    type("familiesSpin", QStringLiteral("7"));
    type("supportersSpin", QStringLiteral("3"));
    // More first-timers than participants is refused and the dialog stays open.
    type("firstTimersSpin", QStringLiteral("30"));
    const int toldBefore = int(fixture.prompter().told.size());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("totalLabel"))->text().contains(QStringLiteral("22")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    REQUIRE(fixture.prompter().told.size() == toldBefore + 1);
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("初参加")));
    CHECK(dialog->isVisible());
    type("firstTimersSpin", QStringLiteral("2"));
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    // The list now says 22 came to that meeting.
    int shown = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == when &&
            view->model()->index(r, 5).data().toString().contains(QStringLiteral("22")))
            shown = r;
    }
    CHECK(shown >= 0);
}
