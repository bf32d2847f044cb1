// SPDX-License-Identifier: GPL-3.0-or-later
// ミーティング › Zoomの参加者リストから読み込む: the host opens a participant list for the selected meeting, reads
// the summary and why someone is not counted, maps a Zoom name to a member and has it remembered, and saves; the
// counts, the roster and the mapping are stored. A list of another day, or a file that is no list, is said in a
// sentence and nothing is saved. The remembered names are listed and removed in their own dialog.
#include "UiFixture.h"

#include "MainWindow.h"
#include "attendance/AttendanceImporter.h"
#include "dialogs/RoomDialog.h"
#include "dialogs/ZoomAliasesDialog.h"
#include "dialogs/ZoomImportDialog.h"
#include "models/RowTableModel.h"
#include "models/ZoomImportModel.h"
#include "storage/AttendanceRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace tsunagu;
using tsunagu::test::child;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

// A participant list of Room D's meeting on `day` in Zoom's classic layout: the host ハル, ゆきだるま who dropped out
// and came back, やまびこ, "Nozomi" (のぞみ under another name), そら (not on the roster) and みどり for 2 minutes.
QString writeList(const QTemporaryDir& dir, const QDate& day, const QString& fileName)
{
    const QString d = day.toString(QStringLiteral("MM/dd/yyyy"));
    const QString text =
        QStringLiteral("\xFEFF"
                       "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                       "ハル (Haru Host),host-haru@example.org,%1 06:55:02 PM,%1 09:02:10 PM,128,No\n"
                       "ゆきだるま,,%1 07:00:15 PM,%1 07:40:00 PM,40,Yes\n"
                       "やまびこ (Yamabiko Example),yamabiko@example.org,%1 07:01:00 PM,%1 09:00:00 PM,119,Yes\n"
                       "ゆきだるま,,%1 07:45:00 PM,%1 09:00:00 PM,75,Yes\n"
                       "Nozomi,,%1 07:03:00 PM,%1 09:00:00 PM,117,Yes\n"
                       "そら,,%1 07:10:00 PM,%1 09:00:00 PM,110,Yes\n"
                       "みどり,,%1 07:05:00 PM,%1 07:07:00 PM,2,Yes\n")
            .arg(d);
    const QString path = dir.filePath(fileName);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

struct MeetingsScreen
{
    UiFixture fixture;
    LanguageGuard japanese{QStringLiteral("ja")};
    ui::MainWindow window{fixture.services()};
    QWidget* area = nullptr;
    QTableView* view = nullptr;

    MeetingsScreen()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        child<QListWidget>(window, "navigationList")->setCurrentRow(ui::MainWindow::Meetings);
        area = child<QStackedWidget>(window, "areaStack")->currentWidget();
        view = child<QTableView>(area, "meetingsView");
    }

    // Selects Room D's first meeting without attendance and returns its start.
    QDateTime selectRoomDMeeting()
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 1).data().toString() == QStringLiteral("D") &&
                view->model()->index(r, 5).data().toString().isEmpty()) {
                view->selectRow(r);
                return view->model()->index(r, 0).data(ui::SortRole).toDateTime();
            }
        }
        FAIL("no meeting of room D without attendance");
        return {};
    }

    qint64 roomD()
    {
        auto room = fixture.services().rooms.byCode(QStringLiteral("D"));
        REQUIRE(room.ok());
        return room->id;
    }

    qint64 memberId(const QString& name)
    {
        auto members = fixture.services().members.forRoom(roomD());
        REQUIRE(members.ok());
        for (const Member& m : members.value()) {
            if (m.anonymousName == name)
                return m.id;
        }
        FAIL("no member " << name.toStdString());
        return 0;
    }
};

// Opens the list in the dialog through its file button and waits until it is read.
void chooseList(UiFixture& fixture, QDialog* dialog, const QString& path)
{
    auto* import = qobject_cast<ui::ZoomImportDialog*>(dialog);
    REQUIRE(import);
    QSignalSpy read(import, &ui::ZoomImportDialog::listRead);
    fixture.prompter().openFile = path;
    QTest::mouseClick(child<QPushButton>(dialog, "chooseFileButton"), Qt::LeftButton);
    REQUIRE(read.wait(10000));
}

int rowOf(const QAbstractItemModel& model, const QString& name)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, ui::ZoomImportModel::NameColumn).data().toString() == name)
            return r;
    }
    FAIL("no row " << name.toStdString());
    return -1;
}

// Clicks the check box of a cell, where the style draws it.
void clickCheck(QTableView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
}

// Picks `label` in the drop-down list of a cell, as the host does.
void choose(QTableView* view, const QModelIndex& index, const QString& label)
{
    view->scrollTo(index);
    view->setCurrentIndex(index);
    if (!view->indexWidget(index))
        view->edit(index); // opened by itself when the cell became current
    auto* combo = qobject_cast<QComboBox*>(view->indexWidget(index));
    REQUIRE(combo);
    CHECK(combo->objectName() == QStringLiteral("choiceCombo"));
    const int at = combo->findText(label);
    REQUIRE(at >= 0);
    combo->setCurrentIndex(at);
    Q_EMIT combo->activated(at);
}

} // namespace

TEST_CASE("A Zoom list is previewed, a name mapped to a member and remembered, and saved in one go",
          "[gui][meetings][zoom]")
{
    MeetingsScreen screen;
    const QDateTime start = screen.selectRoomDMeeting();
    QTemporaryDir dir;
    const QString path = writeList(dir, start.date(), QStringLiteral("participants.csv"));

    auto* open = child<QPushButton>(screen.area, "zoomImportButton");
    REQUIRE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    auto* dialog = child<QDialog>(screen.area, "zoomImportDialog");
    REQUIRE(dialog->isVisible());
    auto* save = child<QPushButton>(dialog, "saveButton");
    CHECK_FALSE(save->isEnabled()); // nothing to save before a list is read
    chooseList(screen.fixture, dialog, path);

    auto* summary = child<QLabel>(dialog, "summaryLabel");
    CHECK(summary->text() == QStringLiteral("参加者 4 人（本人 2・その他 2）、除外 2 人（ホスト 1・5分未満 1）"));
    auto* table = child<QTableView>(dialog, "participantsView");
    QAbstractItemModel& model = *table->model();
    // Checked through every change the host makes, until the dialog (and its model) goes away on 保存.
    std::optional<QAbstractItemModelTester> tester;
    tester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 6);
    // Why someone is not counted, and rejoins added up.
    CHECK(model.index(rowOf(model, QStringLiteral("みどり")), ui::ZoomImportModel::CountedColumn).data().toString() ==
          QStringLiteral("数えません（5分未満）"));
    CHECK(model.index(rowOf(model, QStringLiteral("ハル")), ui::ZoomImportModel::CountedColumn).data().toString() ==
          QStringLiteral("数えません（ホスト）"));
    const int yuki = rowOf(model, QStringLiteral("ゆきだるま"));
    CHECK(model.index(yuki, ui::ZoomImportModel::MinutesColumn).data().toString().startsWith(QStringLiteral("115")));
    CHECK(model.index(yuki, ui::ZoomImportModel::MemberColumn).data().toString() == QStringLiteral("ゆきだるま"));
    // Nobody's mail address is shown.
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            CHECK_FALSE(model.index(r, c).data().toString().contains(QLatin1Char('@')));
    }

    // "Nozomi" is のぞみ, remembered for next time; そら is a family member, here for the first time.
    const int nozomi = rowOf(model, QStringLiteral("Nozomi"));
    CHECK(model.index(nozomi, ui::ZoomImportModel::MemberColumn).data().toString() == QStringLiteral("名簿にない人"));
    choose(table, model.index(nozomi, ui::ZoomImportModel::MemberColumn), QStringLiteral("のぞみ"));
    CHECK(model.index(nozomi, ui::ZoomImportModel::CategoryColumn).data().toString() == QStringLiteral("本人"));
    clickCheck(table, model.index(nozomi, ui::ZoomImportModel::RememberColumn));
    CHECK(model.index(nozomi, ui::ZoomImportModel::RememberColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    const int sora = rowOf(model, QStringLiteral("そら"));
    choose(table, model.index(sora, ui::ZoomImportModel::CategoryColumn), QStringLiteral("家族"));
    clickCheck(table, model.index(sora, ui::ZoomImportModel::FirstTimeColumn));
    CHECK(summary->text() ==
          QStringLiteral("参加者 4 人（本人 3・家族 1）、初参加 1 人、除外 2 人（ホスト 1・5分未満 1）"));

    const qint64 room = screen.roomD();
    Database& db = screen.fixture.database();
    CHECK(AttendanceRepository(db).aliases(room)->isEmpty()); // nothing is saved before 保存
    tester.reset();
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());

    auto meeting = AttendanceImporter(db).meetingOn(room, start.date(), start);
    REQUIRE(meeting.ok());
    REQUIRE(meeting->occurrenceId != 0);
    auto counts = AttendanceRepository(db).attendanceOf(meeting->occurrenceId);
    REQUIRE(counts.ok());
    CHECK(counts->persons == 3);
    CHECK(counts->families == 1);
    CHECK(counts->others == 0);
    CHECK(counts->firstTimers == 1);
    auto roster = AttendanceRepository(db).rosterOf(meeting->occurrenceId);
    REQUIRE(roster.ok());
    CHECK(roster->size() == 3);
    CHECK(roster->contains(screen.memberId(QStringLiteral("のぞみ"))));
    auto aliases = AttendanceRepository(db).aliases(room);
    REQUIRE(aliases.ok());
    CHECK(aliases->size() == 1);
    CHECK(aliases->value(ZoomParticipants::foldName(QStringLiteral("Nozomi"))) ==
          screen.memberId(QStringLiteral("のぞみ")));

    // The list shows the night as counted.
    bool shown = false;
    for (int r = 0; r < screen.view->model()->rowCount(); ++r) {
        if (screen.view->model()->index(r, 0).data(ui::SortRole).toDateTime() == start &&
            screen.view->model()->index(r, 1).data().toString() == QStringLiteral("D"))
            shown = screen.view->model()->index(r, 5).data().toString().contains(QStringLiteral("4"));
    }
    CHECK(shown);

    // The same list again, from the attendance dialog: "Nozomi" is のぞみ at once, and replacing is asked first.
    for (int r = 0; r < screen.view->model()->rowCount(); ++r) {
        if (screen.view->model()->index(r, 0).data(ui::SortRole).toDateTime() == start &&
            screen.view->model()->index(r, 1).data().toString() == QStringLiteral("D"))
            screen.view->selectRow(r);
    }
    QTest::mouseClick(child<QPushButton>(screen.area, "attendanceButton"), Qt::LeftButton);
    auto* attendance = child<QDialog>(screen.area, "attendanceDialog");
    QTest::mouseClick(child<QPushButton>(attendance, "zoomImportButton"), Qt::LeftButton);
    auto* again = child<QDialog>(attendance, "zoomImportDialog");
    chooseList(screen.fixture, again, path);
    QAbstractItemModel& second = *child<QTableView>(again, "participantsView")->model();
    CHECK(second.index(rowOf(second, QStringLiteral("Nozomi")), ui::ZoomImportModel::MemberColumn).data().toString() ==
          QStringLiteral("のぞみ"));
    screen.fixture.prompter().confirmAnswer = false;
    const int asked = int(screen.fixture.prompter().asked.size());
    QTest::mouseClick(child<QPushButton>(again, "saveButton"), Qt::LeftButton);
    REQUIRE(screen.fixture.prompter().asked.size() == asked + 1);
    CHECK(screen.fixture.prompter().asked.last().contains(QStringLiteral("置き換え")));
    CHECK(again->isVisible()); // the host said no: nothing changed
    CHECK(AttendanceRepository(db).attendanceOf(meeting->occurrenceId)->families == 1);
    again->reject();
    // Typed counts saved afterwards keep the roster the list gave.
    QTest::mouseClick(child<QPushButton>(attendance, "saveButton"), Qt::LeftButton);
    CHECK_FALSE(attendance->isVisible());
    CHECK(AttendanceRepository(db).rosterOf(meeting->occurrenceId)->size() == 3);
    CHECK(AttendanceRepository(db).attendanceOf(meeting->occurrenceId)->total() == 4);
}

TEST_CASE("A Zoom list of another day, or a file that is no list, is said in a sentence and nothing is saved",
          "[gui][meetings][zoom][bad-input]")
{
    MeetingsScreen screen;
    const QDateTime start = screen.selectRoomDMeeting();
    QTemporaryDir dir;
    const QDate otherDay = start.date().addDays(-3);
    const QString path = writeList(dir, otherDay, QStringLiteral("other-day.csv"));
    QTest::mouseClick(child<QPushButton>(screen.area, "zoomImportButton"), Qt::LeftButton);
    auto* dialog = child<QDialog>(screen.area, "zoomImportDialog");
    chooseList(screen.fixture, dialog, path);

    auto* problem = child<QLabel>(dialog, "problemLabel");
    CHECK(problem->isVisible());
    // Both dates, as the host reads dates: 2026年11月19日(木).
    const QString listDay =
        QStringLiteral("%1年%2月%3日").arg(otherDay.year()).arg(otherDay.month()).arg(otherDay.day());
    const QString meetingDay =
        QStringLiteral("%1年%2月%3日").arg(start.date().year()).arg(start.date().month()).arg(start.date().day());
    INFO(problem->text().toStdString());
    CHECK(problem->text().contains(listDay));
    CHECK(problem->text().contains(meetingDay));
    CHECK(problem->text().contains(QStringLiteral("何も保存していません")));
    CHECK_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled());
    CHECK(child<QTableView>(dialog, "participantsView")->model()->rowCount() == 0);

    // A file that is not a participant list at all.
    chooseList(screen.fixture, dialog, QStringLiteral(TSUNAGU_ZOOM_DATA "/unrelated.csv"));
    INFO(problem->text().toStdString());
    CHECK(problem->text().contains(QStringLiteral("Zoomの参加者リストではありません")));
    CHECK_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled());

    auto meeting = AttendanceImporter(screen.fixture.database()).meetingOn(screen.roomD(), start.date(), start);
    REQUIRE(meeting.ok());
    if (meeting->occurrenceId != 0)
        CHECK_FALSE(AttendanceRepository(screen.fixture.database()).hasAttendance(meeting->occurrenceId).value());
    CHECK(AttendanceRepository(screen.fixture.database()).aliases(screen.roomD())->isEmpty());
    dialog->reject();
}

TEST_CASE("The remembered Zoom names of a room are listed and one is removed", "[gui][zoom]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    Database& db = fixture.database();
    auto room = fixture.services().rooms.byCode(QStringLiteral("D"));
    REQUIRE(room.ok());
    auto members = fixture.services().members.forRoom(room->id);
    REQUIRE(members.ok());
    REQUIRE(members->size() >= 2);
    AttendanceRepository attendance(db);
    REQUIRE(
        attendance.setAlias(room->id, ZoomParticipants::foldName(QStringLiteral("Nozomi")), members->at(0).id).ok());
    REQUIRE(attendance.setAlias(room->id, ZoomParticipants::foldName(QStringLiteral("Yama")), members->at(1).id).ok());

    ui::ZoomAliasesDialog dialog(db, room->id, room->code);
    dialog.show();
    auto* list = child<QTableWidget>(dialog, "aliasesView");
    REQUIRE(list->rowCount() == 2);
    CHECK(list->item(0, 0)->text() == QStringLiteral("nozomi"));
    CHECK(list->item(0, 1)->text() == members->at(0).anonymousName);
    auto* remove = child<QPushButton>(dialog, "removeAliasButton");
    CHECK_FALSE(remove->isEnabled());
    list->selectRow(0);
    REQUIRE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(list->rowCount() == 1);
    auto left = attendance.aliases(room->id);
    REQUIRE(left.ok());
    CHECK(left->size() == 1);
    CHECK(left->contains(ZoomParticipants::foldName(QStringLiteral("Yama"))));
}

TEST_CASE("A room's minimum Zoom stay is set in its settings, explained in plain words", "[gui][zoom]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    auto room = fixture.services().rooms.byCode(QStringLiteral("D"));
    REQUIRE(room.ok());
    CHECK(room->minimumMinutes == 5);

    ui::RoomDialog dialog(room.value(), false, {QStringLiteral("DA")});
    dialog.show();
    auto* minimum = child<QSpinBox>(dialog, "roomMinimumMinutesSpin");
    CHECK(minimum->value() == 5);
    CHECK(minimum->maximum() == 240);
    CHECK(child<QLabel>(dialog, "roomMinimumMinutesLabel")
              ->text()
              .contains(QStringLiteral("これより短い参加は数えません")));
    CHECK(child<QPushButton>(dialog, "roomAliasesButton")->isEnabled());
    minimum->setValue(30);
    Room changed = dialog.room();
    CHECK(changed.minimumMinutes == 30);
    REQUIRE(fixture.services().rooms.update(changed).ok());
    CHECK(fixture.services().rooms.byCode(QStringLiteral("D"))->minimumMinutes == 30);

    // A new room has no remembered names yet.
    ui::RoomDialog added(Room{}, true, {QStringLiteral("D")});
    CHECK_FALSE(child<QPushButton>(added, "roomAliasesButton")->isEnabled());
}
