// SPDX-License-Identifier: GPL-3.0-or-later
// The series editor: a repetition chosen in plain words writes the RRULE shown beside it, the join details stay
// masked until asked for, a rule libical rejects or one without a single meeting keeps Save unavailable and saves
// nothing, and a series is paused from it.
#include "UiFixture.h"
#include "areas/MeetingsArea.h"
#include "dialogs/MoveMeetingDialog.h"
#include "dialogs/SeriesDialog.h"
#include "schedule/OccurrencePlanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace tsunagu;
using test::child;

namespace {

QPushButton* saveButton(QDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    return buttons->button(QDialogButtonBox::Save);
}

void choose(QComboBox* combo, int data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

TEST_CASE("A series is added from plain words, with its RRULE shown and its join details masked", "[gui][series]")
{
    test::UiFixture fixture;
    // The schedule in words follows the window's language.
    test::LanguageGuard japanese(QStringLiteral("ja"));
    ui::UiServices& services = fixture.services();
    auto rooms = services.rooms.all();
    REQUIRE(rooms.ok());
    auto room = services.rooms.byCode(QStringLiteral("D"));
    REQUIRE(room.ok());
    auto before = services.meetings.seriesForRoom(room->id);
    REQUIRE(before.ok());
    MeetingSeries fresh;
    fresh.roomId = room->id;
    ui::SeriesDialog dialog(services.meetings, rooms.value(), fresh);
    dialog.show();

    child<QLineEdit>(&dialog, "seriesTitleEdit")->setText(QStringLiteral("合同例会"));
    child<QDateTimeEdit>(&dialog, "firstStartEdit")->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(20, 0)));
    child<QSpinBox>(&dialog, "durationSpin")->setValue(90);
    child<QSpinBox>(&dialog, "beginnerSpin")->setValue(30);
    choose(child<QComboBox>(&dialog, "shapeCombo"), ui::SeriesDialog::EveryOtherWeek);
    child<QCheckBox>(&dialog, "day1Check")->setChecked(true);
    child<QCheckBox>(&dialog, "day5Check")->setChecked(true);
    auto* rule = child<QLineEdit>(&dialog, "ruleEdit");
    CHECK(rule->text() == QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR"));
    CHECK(rule->isReadOnly());
    INFO(child<QLabel>(&dialog, "scheduleWordsLabel")->text().toStdString());
    CHECK(child<QLabel>(&dialog, "scheduleWordsLabel")->text().contains(QStringLiteral("隔週")));
    CHECK(child<QLabel>(&dialog, "scheduleWordsLabel")->text().contains(QStringLiteral("ビギナータイム19:30")));

    auto* passcode = child<QLineEdit>(&dialog, "passcodeEdit");
    passcode->setText(QStringLiteral("314159"));
    child<QLineEdit>(&dialog, "meetingIdEdit")->setText(QStringLiteral("000 1111 2222"));
    CHECK(passcode->echoMode() == QLineEdit::Password);
    child<QCheckBox>(&dialog, "showSecretsCheck")->setChecked(true);
    CHECK(passcode->echoMode() == QLineEdit::Normal);

    QSignalSpy saved(&dialog, &ui::SeriesDialog::seriesSaved);
    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    REQUIRE(saved.size() == 1);
    auto stored = services.meetings.series(saved.first().first().toLongLong());
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("合同例会"));
    CHECK(stored->rrule == QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR"));
    // Tuesday the 1st is not a meeting day of the rule: the series starts on its first real meeting, Friday the 4th.
    CHECK(stored->firstStart == QDateTime(QDate(2026, 12, 4), QTime(20, 0), QTimeZone("Asia/Tokyo")));
    CHECK(stored->durationMinutes == 90);
    CHECK(stored->beginnerOffsetMinutes == 30);
    CHECK(stored->passcode == QStringLiteral("314159"));
    auto after = services.meetings.seriesForRoom(room->id);
    REQUIRE(after.ok());
    CHECK(after->size() == before->size() + 1);
}

TEST_CASE("A rule libical rejects or that never meets is refused and nothing is saved", "[gui][series]")
{
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();
    auto rooms = services.rooms.all();
    REQUIRE(rooms.ok());
    auto all = services.meetings.allSeries();
    REQUIRE(all.ok());
    MeetingSeries fresh;
    fresh.roomId = rooms->first().id;
    ui::SeriesDialog dialog(services.meetings, rooms.value(), fresh);
    dialog.show();
    child<QLineEdit>(&dialog, "seriesTitleEdit")->setText(QStringLiteral("例会"));
    auto* problems = child<QLabel>(&dialog, "seriesProblemsLabel");

    // A monthly shape without a week chosen.
    choose(child<QComboBox>(&dialog, "shapeCombo"), ui::SeriesDialog::MonthlyOnWeeks);
    child<QCheckBox>(&dialog, "day4Check")->setChecked(true);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("week of the month")));
    child<QCheckBox>(&dialog, "week2Check")->setChecked(true);
    child<QCheckBox>(&dialog, "week4Check")->setChecked(true);
    CHECK(child<QLineEdit>(&dialog, "ruleEdit")->text() == QStringLiteral("FREQ=MONTHLY;BYDAY=2TH,4TH"));
    CHECK(child<QLabel>(&dialog, "scheduleWordsLabel")->text().contains(QStringLiteral("2nd and 4th Thu")));
    CHECK(saveButton(dialog)->isEnabled());

    choose(child<QComboBox>(&dialog, "shapeCombo"), ui::SeriesDialog::Custom);
    auto* rule = child<QLineEdit>(&dialog, "ruleEdit");
    CHECK_FALSE(rule->isReadOnly());
    rule->setText(QStringLiteral("FREQ=SOMETIMES;BYDAY=XX"));
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("does not accept")));
    rule->setText(QStringLiteral("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31"));
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    INFO(problems->text().toStdString());
    CHECK(problems->text().contains(QStringLiteral("never gives a meeting")));
    // Enter on the form does not get past the problems either.
    QTest::keyClick(rule, Qt::Key_Return);
    auto unchanged = services.meetings.allSeries();
    REQUIRE(unchanged.ok());
    CHECK(unchanged->size() == all->size());
}

TEST_CASE("A series is paused from the Meetings area's editor", "[gui][series]")
{
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();
    ui::MeetingsArea area(services);
    area.show();
    area.refresh();
    auto* view = child<QTableView>(&area, "meetingsView");
    REQUIRE(view->model()->rowCount() > 0);
    view->selectRow(0);
    auto* edit = child<QPushButton>(&area, "editSeriesButton");
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto* dialog = area.findChild<ui::SeriesDialog*>(QStringLiteral("seriesDialog"));
    REQUIRE(dialog);
    const QString title = child<QLineEdit>(dialog, "seriesTitleEdit")->text();
    CHECK_FALSE(title.isEmpty());
    // The seed's shapes open as themselves, not as a typed rule.
    CHECK(child<QComboBox>(dialog, "shapeCombo")->currentData().toInt() != ui::SeriesDialog::Custom);
    child<QCheckBox>(dialog, "pausedCheck")->setChecked(true);
    child<QLineEdit>(dialog, "pauseNoteEdit")->setText(QStringLiteral("年末年始のため"));
    QSignalSpy saved(dialog, &ui::SeriesDialog::seriesSaved);
    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    REQUIRE(saved.size() == 1);
    auto stored = services.meetings.series(saved.first().first().toLongLong());
    REQUIRE(stored.ok());
    CHECK(stored->status == SeriesStatus::Paused);
    CHECK(stored->pauseNote == QStringLiteral("年末年始のため"));
    CHECK(stored->title == title);
}

TEST_CASE("One meeting is moved without touching its series, and a time the series already has is refused",
          "[gui][series]")
{
    test::UiFixture fixture;
    ui::UiServices& services = fixture.services();
    ui::MeetingsArea area(services);
    area.show();
    area.refresh();
    auto* view = child<QTableView>(&area, "meetingsView");
    auto* move = child<QPushButton>(&area, "moveMeetingButton");
    const QTimeZone japan("Asia/Tokyo");
    auto allSeries = services.meetings.allSeries();
    REQUIRE(allSeries.ok());
    const OccurrencePlanner planner(fixture.database());

    // The first meeting that can move, and its series' next meeting (planned by the rule).
    int row = -1;
    for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
        view->selectRow(r);
        if (move->isEnabled())
            row = r;
    }
    REQUIRE(row >= 0);
    QTest::mouseClick(move, Qt::LeftButton);
    auto* dialog = area.findChild<ui::MoveMeetingDialog*>(QStringLiteral("moveMeetingDialog"));
    REQUIRE(dialog);
    auto* edit = child<QDateTimeEdit>(dialog, "newStartEdit");
    const QDateTime start(edit->dateTime().date(), edit->dateTime().time(), japan);
    auto planned = planner.forAll(allSeries.value(), start, start.addDays(120), 500);
    REQUIRE(planned.ok());
    const auto self = std::find_if(planned->cbegin(), planned->cend(),
                                   [&](const PlannedOccurrence& p) { return p.start == start && !p.cancelled; });
    REQUIRE(self != planned->cend());
    const qint64 seriesId = self->seriesId;
    const auto next = std::find_if(planned->cbegin(), planned->cend(), [&](const PlannedOccurrence& p) {
        return p.seriesId == seriesId && p.start > start && !p.cancelled;
    });
    REQUIRE(next != planned->cend());
    CHECK_FALSE(saveButton(*dialog)->isEnabled()); // the same time is no move

    // Onto the series' next meeting: refused, nothing changed.
    const QDateTime taken = next->start.toTimeZone(japan);
    edit->setDateTime(QDateTime(taken.date(), taken.time()));
    REQUIRE(saveButton(*dialog)->isEnabled());
    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "moveProblemsLabel")->text().contains(QStringLiteral("Nothing was changed")));

    // An hour later the same day: moved, the series' rule unchanged.
    auto ruleBefore = services.meetings.series(seriesId);
    REQUIRE(ruleBefore.ok());
    edit->setDateTime(QDateTime(start.date(), start.time().addSecs(3600)));
    child<QLineEdit>(dialog, "moveNoteEdit")->setText(QStringLiteral("会場の都合で1時間遅く"));
    QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
    auto series = services.meetings.series(seriesId);
    REQUIRE(series.ok());
    auto after = planner.forSeries(series.value(), start.addDays(-1), start.addDays(1), 50);
    REQUIRE(after.ok());
    const auto moved = std::find_if(after->cbegin(), after->cend(),
                                    [&](const PlannedOccurrence& p) { return p.start == start.addSecs(3600); });
    REQUIRE(moved != after->cend());
    CHECK(moved->moved);
    CHECK(moved->plannedStart == start);
    CHECK(moved->note == QStringLiteral("会場の都合で1時間遅く"));
    CHECK(std::none_of(after->cbegin(), after->cend(), [&](const PlannedOccurrence& p) { return p.start == start; }));
    CHECK(series->rrule == ruleBefore->rrule);
    CHECK(series->firstStart == ruleBefore->firstStart);
}
