// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the demo profile, driven by object names, offscreen.
#include "MainWindow.h"
#include "UiFixture.h"
#include "models/ApplicantTableModel.h"
#include "text/ErrorText.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

QWidget* showArea(ui::MainWindow& window, int row)
{
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    REQUIRE(navigation);
    // Click the area in the list, as a host would.
    const QRect rect = navigation->visualItemRect(navigation->item(row));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(navigation->currentRow() == row);
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("areaStack"));
    REQUIRE(stack);
    return stack->currentWidget();
}

QTableView* view(QWidget* area, const char* name)
{
    auto* found = area->findChild<QTableView*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

int rowShowing(const QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("main window shows every area with the demo data, in Japanese", "[gui]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::MainWindow window(fixture.services());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::waitForLists(window);

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    REQUIRE(navigation->count() == 8);
    const QStringList expected = {QStringLiteral("受付"), QStringLiteral("申込者"), QStringLiteral("ミーティング"),
                                  QStringLiteral("名簿"), QStringLiteral("連携先"), QStringLiteral("ポスター"),
                                  QStringLiteral("集計"), QStringLiteral("設定")};
    for (int i = 0; i < expected.size(); ++i)
        CHECK(navigation->item(i)->text() == expected.at(i));
    // The title counts who is waiting and who is overdue; the platform adds the application's name once, after it.
    CHECK(window.windowTitle().startsWith(QStringLiteral("返信待ち6件")));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("つなぐ")));

    SECTION("受付: the twelve rooms and the six waiting applicants, the overdue one in red")
    {
        QWidget* area = showArea(window, ui::MainWindow::Intake);
        CHECK(area->objectName() == QStringLiteral("intakeArea"));
        QTableView* rooms = view(area, "roomsView");
        CHECK(rooms->model()->rowCount() == 12);
        CHECK(rowShowing(rooms->model(), 0, QStringLiteral("三森")) == 11);
        QTableView* waiting = view(area, "waitingApplicantsView");
        REQUIRE(waiting->model()->rowCount() == 6);
        // Longest wait first.
        const QModelIndex first = waiting->model()->index(0, ui::ApplicantTableModel::NameColumn);
        CHECK(first.data().toString() == QStringLiteral("はるかぜ"));
        const QModelIndex days = waiting->model()->index(0, ui::ApplicantTableModel::WaitingColumn);
        CHECK(days.data().toString() == QStringLiteral("3日"));
        CHECK(days.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc6, 0x28, 0x28));
        auto* summary = area->findChild<QLabel*>(QStringLiteral("summaryLabel"));
        REQUIRE(summary);
        CHECK(summary->text().contains(QStringLiteral("6")));
        CHECK(summary->text().contains(QStringLiteral("1")));

        // Choosing room K shows only K's applicant; choosing nothing shows everyone again.
        const int k = rowShowing(rooms->model(), 0, QStringLiteral("K"));
        rooms->selectRow(k);
        test::waitForLists(window);
        REQUIRE(waiting->model()->rowCount() == 1);
        CHECK(waiting->model()->index(0, ui::ApplicantTableModel::NameColumn).data().toString() ==
              QStringLiteral("ゆう"));
        rooms->clearSelection();
        test::waitForLists(window);
        CHECK(waiting->model()->rowCount() == 6);
    }

    SECTION("申込者: everyone, filtered by status")
    {
        QWidget* area = showArea(window, ui::MainWindow::Applicants);
        QTableView* applicants = view(area, "applicantsView");
        CHECK(applicants->model()->rowCount() == 13);
        auto* status = area->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
        REQUIRE(status);
        status->setCurrentIndex(status->findText(QStringLiteral("招待済")));
        test::waitForLists(window);
        REQUIRE(applicants->model()->rowCount() == 1);
        CHECK(applicants->model()->index(0, ui::ApplicantTableModel::NameColumn).data().toString() ==
              QStringLiteral("かける"));
        // Selecting the applicant shows their history: applied, then invited.
        applicants->selectRow(0);
        auto* history = area->findChild<QAbstractItemView*>(QStringLiteral("historyView"));
        REQUIRE(history);
        REQUIRE(history->model()->rowCount() == 2);
        CHECK(history->model()->index(0, 1).data().toString() == QStringLiteral("新規"));
        CHECK(history->model()->index(1, 1).data().toString() == QStringLiteral("招待済"));
    }

    SECTION("申込者: any applicant, not only those waiting in 受付, is changed from its details there")
    {
        QWidget* area = showArea(window, ui::MainWindow::Applicants);
        QTableView* applicants = view(area, "applicantsView");
        auto* status = area->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
        REQUIRE(status);
        status->setCurrentIndex(status->findText(QStringLiteral("招待済")));
        test::waitForLists(window);
        REQUIRE(applicants->model()->rowCount() == 1);
        applicants->selectRow(0);
        const qint64 id = applicants->model()->index(0, 0).data(ui::IdRole).toLongLong();
        auto* details = area->findChild<QWidget*>(QStringLiteral("applicantDetails"));
        REQUIRE(details);
        CHECK(details->isVisible());
        auto* title = details->findChild<QLabel*>(QStringLiteral("detailsTitleLabel"));
        REQUIRE(title);
        CHECK(title->text().contains(QStringLiteral("かける")));
        // 招待済 → 参加中 with a note, as after the first meeting.
        auto* newStatus = details->findChild<QComboBox*>(QStringLiteral("applicantStatusCombo"));
        REQUIRE(newStatus);
        newStatus->setCurrentIndex(newStatus->findData(QStringLiteral("attending")));
        details->findChild<QLineEdit*>(QStringLiteral("applicantStatusNoteEdit"))->setText(QStringLiteral("初参加"));
        details->findChild<QPushButton*>(QStringLiteral("changeStatusButton"))->click();
        CHECK(fixture.services().applicants.byId(id)->status == ApplicantStatus::Attending);
        // The list follows: under 招待済 it is gone (and the details with it), under 参加中 it is there.
        test::waitForLists(window);
        CHECK(applicants->model()->rowCount() == 0);
        CHECK_FALSE(title->text().contains(QStringLiteral("かける")));
        status->setCurrentIndex(status->findText(QStringLiteral("参加中")));
        test::waitForLists(window);
        bool listed = false;
        for (int row = 0; row < applicants->model()->rowCount(); ++row)
            listed = listed || applicants->model()->index(row, 0).data(ui::IdRole).toLongLong() == id;
        CHECK(listed);
    }

    SECTION("申込者: the search box narrows the list once the host pauses typing, and clearing it shows everyone")
    {
        QWidget* area = showArea(window, ui::MainWindow::Applicants);
        QTableView* applicants = view(area, "applicantsView");
        auto* model = qobject_cast<ui::ApplicantTableModel*>(applicants->model());
        REQUIRE(model);
        auto* search = area->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        REQUIRE(search);
        QSignalSpy read(model, &ui::ApplicantTableModel::pageLoaded);
        // Typed one character at a time (QTest::keyClicks takes ASCII only), as an input method commits them.
        for (const QChar c : QStringLiteral("保護観察所"))
            search->insert(QString(c));
        // One read for the whole word, not one per key.
        REQUIRE(read.wait(10000));
        CHECK_FALSE(read.wait(600));
        CHECK(read.count() == 1);
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, ui::ApplicantTableModel::NameColumn).data().toString() == QStringLiteral("かける"));
        QSignalSpy cleared(model, &ui::ApplicantTableModel::pageLoaded);
        search->clear();
        REQUIRE(cleared.wait(10000));
        CHECK(model->rowCount() == 13);
    }

    SECTION("ミーティング: the coming meetings in Japanese dates")
    {
        QWidget* area = showArea(window, ui::MainWindow::Meetings);
        QTableView* meetings = view(area, "meetingsView");
        REQUIRE(meetings->model()->rowCount() > 10);
        CHECK(meetings->model()->index(0, 0).data().toString() == QStringLiteral("2026年11月22日(日) 21:00"));
        CHECK(rowShowing(meetings->model(), 0, QStringLiteral("2026年11月24日(火) 19:00")) >= 0);
    }

    SECTION("名簿: members, by room")
    {
        QWidget* area = showArea(window, ui::MainWindow::Rosters);
        QTableView* members = view(area, "membersView");
        CHECK(members->model()->rowCount() == 10);
        auto* room = area->findChild<QComboBox*>(QStringLiteral("roomCombo"));
        REQUIRE(room);
        room->setCurrentIndex(room->findData(QStringLiteral("D")));
        CHECK(members->model()->rowCount() == 3);
        auto* count = area->findChild<QLabel*>(QStringLiteral("memberCountLabel"));
        CHECK(count->text().contains(QStringLiteral("3")));
    }

    SECTION("連携先: the referral directory")
    {
        QWidget* area = showArea(window, ui::MainWindow::Contacts);
        QTableView* contacts = view(area, "contactsView");
        CHECK(contacts->model()->rowCount() == 13);
        CHECK(rowShowing(contacts->model(), 1, QStringLiteral("専門医療機関")) >= 0);
        CHECK(rowShowing(contacts->model(), 1, QStringLiteral("保護観察所")) >= 0);
    }

    SECTION("ポスター: where posters went")
    {
        QWidget* area = showArea(window, ui::MainWindow::Posters);
        CHECK(view(area, "deliveriesView")->model()->rowCount() == 5);
        auto* total = area->findChild<QLabel*>(QStringLiteral("totalLabel"));
        CHECK(total->text().contains(QStringLiteral("24")));
    }

    SECTION("集計: attendance per room")
    {
        QWidget* area = showArea(window, ui::MainWindow::Reports);
        QTableView* summary = view(area, "summaryView");
        // The figures are read on a worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(summary->model()->rowCount() >= 8, 20000);
        const int d = rowShowing(summary->model(), 0, QStringLiteral("D"));
        REQUIRE(d >= 0);
        CHECK(summary->model()->index(d, 1).data().toString() == QStringLiteral("8"));
        // A longer period holds more meetings.
        auto* period = area->findChild<QComboBox*>(QStringLiteral("periodCombo"));
        period->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            summary->model()->index(rowShowing(summary->model(), 0, QStringLiteral("D")), 1).data().toInt() > 8, 20000);
    }

    SECTION("設定: rooms and hosts")
    {
        QWidget* area = showArea(window, ui::MainWindow::Settings);
        CHECK(view(area, "roomsView")->model()->rowCount() == 12);
        CHECK(view(area, "hostsView")->model()->rowCount() == 2);
    }
}

TEST_CASE("the main window remembers its size and area", "[gui]")
{
    UiFixture fixture;
    {
        ui::MainWindow window(fixture.services());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(913, 587);
        window.showArea(ui::MainWindow::Contacts);
        window.close();
    }
    ui::MainWindow again(fixture.services());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(913, 587));
    CHECK(again.findChild<QListWidget*>(QStringLiteral("navigationList"))->currentRow() == ui::MainWindow::Contacts);
}

TEST_CASE("a store failure is shown in plain words, and the rows already shown stay", "[gui]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window); // 連携先 is read on a worker thread
    QWidget* area = showArea(window, ui::MainWindow::Contacts);
    auto* banner = area->findChild<QLabel*>(QStringLiteral("errorBannerLabel"));
    REQUIRE(banner);
    CHECK(banner->isHidden());

    // Simulate a store that can no longer be read.
    QSqlQuery drop(fixture.database().connection());
    REQUIRE(drop.exec(QStringLiteral("DROP TABLE poster_deliveries")));
    window.findChild<QAction*>(QStringLiteral("reloadAction"))->trigger();
    test::waitForLists(window);

    CHECK_FALSE(banner->isHidden());
    const QString title = ErrorText::title(StoreError::QueryFailed);
    CHECK(banner->text().startsWith(title));
    // In Japanese, not the English source text.
    CHECK(title.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}]"))));
    CHECK(view(area, "contactsView")->model()->rowCount() == 13);
}
