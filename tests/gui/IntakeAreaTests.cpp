// SPDX-License-Identifier: GPL-3.0-or-later
// Importing mail in the main window: File → Import, the application's details, its raw source, 未分類.
#include "MailSamples.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "areas/IntakeArea.h"
#include "common/MailImporter.h"
#include "models/ApplicantTableModel.h"
#include "models/IntakeListsLoader.h"
#include "models/RoomTableModel.h"
#include "storage/ApplicantList.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <atomic>

using namespace tsunagu;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

QString writeMail(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

int rowNamed(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::ApplicantTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

using test::child;

// File → Import with `paths` chosen; returns once the import (on its worker thread) has finished.
void importThroughMenu(ui::MainWindow& window, UiFixture& fixture, const QStringList& paths)
{
    QSignalSpy finished(&window.importer(), &ui::MailImporter::finished);
    fixture.prompter().mailFiles = paths;
    child<QAction>(window, "importAction")->trigger();
    REQUIRE(finished.wait(20000));
}

} // namespace

TEST_CASE("an imported application appears in intake with its form and its source", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const QString mail =
        writeMail(dir, QStringLiteral("application.eml"),
                  test::formMail(QStringLiteral("ルームE 参加申し込み"),
                                 test::applicationBody(QStringLiteral("こもも"), QStringLiteral("komomo@example.org"),
                                                       QStringLiteral("【好きな季節】春\n")),
                                 "gui-1@forms.example.org"));
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    REQUIRE(waiting->model()->rowCount() == 6);

    importThroughMenu(window, fixture, {mail, dir.filePath(QStringLiteral("missing.eml"))});

    // The host is told what came in, and what did not, in Japanese.
    REQUIRE(fixture.prompter().told.size() == 1);
    const QString told = fixture.prompter().told.first();
    CHECK(told.contains(QStringLiteral("1")));
    CHECK(told.contains(QStringLiteral("missing.eml")));
    CHECK_FALSE(told.contains(QStringLiteral("Imported")));

    test::waitForLists(window);
    REQUIRE(waiting->model()->rowCount() == 7);
    const int row = rowNamed(waiting->model(), QStringLiteral("こもも"));
    REQUIRE(row >= 0);
    CHECK(waiting->model()->index(row, ui::ApplicantTableModel::RoomColumn).data().toString() == QStringLiteral("E"));
    CHECK(waiting->model()->index(row, ui::ApplicantTableModel::WaitingColumn).data().toString() ==
          QStringLiteral("0日"));

    waiting->selectRow(row);
    auto* fields = child<QTableView>(window, "fieldsView");
    QStringList labels;
    for (int r = 0; r < fields->model()->rowCount(); ++r)
        labels << fields->model()->index(r, 0).data().toString();
    CHECK(labels.contains(QStringLiteral("自己紹介")));
    // A label Tsunagu does not know is kept, not dropped.
    CHECK(labels.contains(QStringLiteral("好きな季節")));
    CHECK(child<QPlainTextEdit>(window, "originalTextEdit")->toPlainText().contains(QStringLiteral("はじめまして")));

    auto* source = child<QPushButton>(window, "sourceButton");
    REQUIRE(source->isEnabled());
    source->click();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("sourceDialog"));
    REQUIRE(dialog);
    CHECK(dialog->findChild<QPlainTextEdit*>(QStringLiteral("sourceEdit"))
              ->toPlainText()
              .contains(QStringLiteral("Message-ID: <gui-1@forms.example.org>")));
    dialog->close();

    // Importing the same file again changes nothing.
    importThroughMenu(window, fixture, {mail});
    test::waitForLists(window);
    CHECK(waiting->model()->rowCount() == 7);
}

TEST_CASE("a letter from a person waits for a reply, automated mail goes to 未分類 and can be made an applicant",
          "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const QString letter =
        writeMail(dir, QStringLiteral("letter.eml"),
                  test::letterMail(QStringLiteral("参加したいです"),
                                   QStringLiteral("はじめまして。Room Dに参加したいです。よろしくお願いします。"),
                                   "Hikari <hikari@example.org>", "letter-1@example.org"));
    const QString notice =
        writeMail(dir, QStringLiteral("notice.eml"),
                  test::letterMail(QStringLiteral("お問い合わせを受け付けました"),
                                   QStringLiteral("このメールは送信専用です。Room Dへのお問い合わせを受け付けました。"),
                                   "Service <no-reply@service.example.org>", "notice-1@service.example.org"));
    ui::MainWindow window(fixture.services());
    window.show();
    importThroughMenu(window, fixture, {letter, notice});
    test::waitForLists(window);

    // The letter is an applicant waiting for a reply (the demo has six); the display name of a mail is often a
    // real name, so it is not taken as the anonymous name.
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    CHECK(waiting->model()->rowCount() == 7);
    CHECK(rowNamed(waiting->model(), QStringLiteral("Hikari")) == -1);
    CHECK(rowNamed(waiting->model(), QStringLiteral("(名前なし)")) >= 0);

    // The automated notice joins the demo's two letters in 未分類 (sent on 11-21, between them in time).
    auto* tabs = child<QTabWidget>(window, "intakeTabs");
    CHECK(tabs->tabText(1).contains(QStringLiteral("(3)")));
    auto* unclassified = child<QTableView>(window, "unclassifiedView");
    REQUIRE(unclassified->model()->rowCount() == 3);
    auto* make = child<QPushButton>(window, "unclassifiedViewMakeApplicantButton");
    CHECK_FALSE(make->isEnabled());
    int noticeRow = -1;
    for (int row = 0; row < unclassified->model()->rowCount(); ++row) {
        for (int column = 0; column < unclassified->model()->columnCount(); ++column) {
            if (unclassified->model()->index(row, column).data().toString().contains(QStringLiteral("お問い合わせ")))
                noticeRow = row;
        }
    }
    REQUIRE(noticeRow >= 0);
    unclassified->selectRow(noticeRow);
    CHECK(child<QPlainTextEdit>(window, "unclassifiedViewPreview")->toPlainText().contains(QStringLiteral("送信専用")));
    REQUIRE(make->isEnabled());
    make->click();
    test::waitForLists(window); // 受付 reads its lists again on a worker thread

    CHECK(unclassified->model()->rowCount() == 2);
    CHECK(tabs->tabText(1).contains(QStringLiteral("(2)")));
    test::waitForLists(window);
    CHECK(waiting->model()->rowCount() == 8);
}

TEST_CASE("mail files dropped on 受付 are imported", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const QString mail =
        writeMail(dir, QStringLiteral("dropped.eml"),
                  test::formMail(QStringLiteral("ルームK 参加申し込み"),
                                 test::applicationBody(QStringLiteral("しずか"), QStringLiteral("shizuka@example.org")),
                                 "drop-1@forms.example.org"));
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);
    auto* area = child<QWidget>(window, "intakeArea");
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    REQUIRE(waiting->model()->rowCount() == 6);

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(mail)});
    const QPoint centre = area->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(area, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy finished(&window.importer(), &ui::MailImporter::finished);
    QCoreApplication::sendEvent(area, &drop);
    REQUIRE(finished.wait(20000));

    test::waitForLists(window);
    CHECK(waiting->model()->rowCount() == 7);
    CHECK(rowNamed(waiting->model(), QStringLiteral("しずか")) >= 0);
    REQUIRE(fixture.prompter().told.size() == 1);
    CHECK(fixture.prompter().told.first().contains(QStringLiteral("取り込み")));
}

TEST_CASE("a letter from an applicant can be attached to their application", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);
    auto* unclassified = child<QTableView>(window, "unclassifiedView");
    REQUIRE(unclassified->model()->rowCount() == 2);
    unclassified->selectRow(0);
    const qint64 messageId = unclassified->model()->index(0, 0).data(ui::IdRole).toLongLong();

    // The host cancels first: nothing changes.
    fixture.prompter().applicant = 0;
    child<QPushButton>(window, "unclassifiedViewAttachButton")->click();
    test::waitForLists(window);
    CHECK(unclassified->model()->rowCount() == 2);
    REQUIRE_FALSE(fixture.prompter().applicantChoices.isEmpty());

    // Then chooses はるかぜ (applicant 1 of the demo).
    fixture.prompter().applicant = 1;
    unclassified->selectRow(0);
    child<QPushButton>(window, "unclassifiedViewAttachButton")->click();
    test::waitForLists(window);
    CHECK(unclassified->model()->rowCount() == 1);
    auto thread = fixture.services().messages.forApplicant(1);
    REQUIRE(thread.ok());
    bool attached = false;
    for (const Message& m : thread.value())
        attached = attached || m.id == messageId;
    CHECK(attached);
}

TEST_CASE("a duplicate application is kept or merged by the host", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    // はるかぜ applies again, this time to Room DA, and once more to Room K.
    const QString second = writeMail(
        dir, QStringLiteral("again.eml"),
        test::formMail(QStringLiteral("Room DA 参加申し込み"),
                       test::applicationBody(QStringLiteral("はるかぜ"), QStringLiteral("harukaze@example.org")),
                       "again-1@forms.example.org"));
    const QString third = writeMail(
        dir, QStringLiteral("third.eml"),
        test::formMail(QStringLiteral("ルームK 参加申し込み"),
                       test::applicationBody(QStringLiteral("はるかぜ"), QStringLiteral("harukaze@example.org")),
                       "again-2@forms.example.org"));
    ui::MainWindow window(fixture.services());
    window.show();
    importThroughMenu(window, fixture, {second, third});
    test::waitForLists(window);
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    REQUIRE(waiting->model()->rowCount() == 8);

    auto selectInRoom = [&](const QString& room) {
        for (int row = 0; row < waiting->model()->rowCount(); ++row) {
            if (waiting->model()->index(row, ui::ApplicantTableModel::RoomColumn).data().toString() == room &&
                waiting->model()->index(row, ui::ApplicantTableModel::NameColumn).data().toString() ==
                    QStringLiteral("はるかぜ")) {
                waiting->selectRow(row);
                return;
            }
        }
        FAIL("no such row");
    };

    selectInRoom(QStringLiteral("DA"));
    auto* bar = child<QWidget>(window, "duplicateBar");
    REQUIRE(bar->isVisible());
    child<QPushButton>(window, "keepDuplicateButton")->click();
    test::waitForLists(window);
    // Kept: both applications stay, the flag is gone.
    CHECK(waiting->model()->rowCount() == 8);
    selectInRoom(QStringLiteral("DA"));
    CHECK_FALSE(child<QWidget>(window, "duplicateBar")->isVisible());

    selectInRoom(QStringLiteral("K"));
    REQUIRE(child<QWidget>(window, "duplicateBar")->isVisible());
    child<QPushButton>(window, "mergeDuplicateButton")->click();
    test::waitForLists(window);
    // Merged: the entry leaves the lists and its mail joins the first application.
    CHECK(waiting->model()->rowCount() == 7);
    auto thread = fixture.services().messages.forApplicant(1);
    REQUIRE(thread.ok());
    CHECK(thread->size() == 2);
}

TEST_CASE("an import runs off the window's thread and sums up in Japanese what it took and refused", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const QString application =
        writeMail(dir, QStringLiteral("a.eml"),
                  test::formMail(QStringLiteral("ルームE 参加申し込み"),
                                 test::applicationBody(QStringLiteral("なぎ"), QStringLiteral("nagi@example.org")),
                                 "sum-1@forms.example.org"));
    const QString notice = writeMail(
        dir, QStringLiteral("b.eml"),
        test::letterMail(QStringLiteral("ご登録ありがとうございます"), QStringLiteral("このメールは送信専用です。"),
                         "Service <no-reply@service.example.org>", "sum-2@service.example.org"));
    const QString empty = writeMail(dir, QStringLiteral("empty.eml"), QByteArray());
    const QString binary =
        writeMail(dir, QStringLiteral("picture.eml"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);

    QSignalSpy finished(&window.importer(), &ui::MailImporter::finished);
    fixture.prompter().mailFiles = {application, notice, empty, binary};
    child<QAction>(window, "importAction")->trigger();
    // The menu returns at once: the window answers while the worker reads the files, and shows how far it is.
    CHECK(window.importer().busy());
    CHECK(fixture.prompter().told.isEmpty());
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(window.importer().busy());

    REQUIRE(fixture.prompter().told.size() == 1);
    const QString told = fixture.prompter().told.first();
    INFO(told.toStdString());
    CHECK(told.contains(QStringLiteral("2件を取り込みました")));
    CHECK(told.contains(QStringLiteral("新しい申し込み1件")));
    CHECK(told.contains(QStringLiteral("うち1件は申し込みではありません")));
    CHECK(told.contains(QStringLiteral("2件は取り込めませんでした")));
    CHECK(told.contains(QStringLiteral("empty.eml")));
    CHECK(told.contains(QStringLiteral("picture.eml")));
    // The dialog is gone once the run is over.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.findChild<QProgressDialog*>(QStringLiteral("importProgressDialog")) == nullptr);

    test::waitForLists(window);
    CHECK(rowNamed(child<QTableView>(window, "waitingApplicantsView")->model(), QStringLiteral("なぎ")) >= 0);
}

TEST_CASE("cancelling an import keeps what was imported and leaves the other files untouched", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    QTemporaryDir dir;
    const int total = 400;
    QStringList paths;
    for (int i = 0; i < total; ++i) {
        const QString name = QStringLiteral("応募者%1").arg(i);
        paths << writeMail(dir, QStringLiteral("mail-%1.eml").arg(i),
                           test::formMail(QStringLiteral("ルームE 参加申し込み"),
                                          test::applicationBody(name, QStringLiteral("cancel-%1@example.org").arg(i)),
                                          QByteArray("cancel-") + QByteArray::number(i) + "@forms.example.org"));
    }
    const auto before = ApplicantList(fixture.services().database).waitingCounts(fixture.services().clock.now());
    REQUIRE(before.ok());
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);

    QSignalSpy finished(&window.importer(), &ui::MailImporter::finished);
    // The host presses Cancel in the progress dialog as soon as the first file is through.
    bool pressed = false;
    QObject::connect(&window.importer(), &ui::MailImporter::progressed, &window, [&window, &pressed] {
        if (pressed)
            return;
        pressed = true;
        if (auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("importProgressDialog"))) {
            if (auto* cancel = progress->findChild<QPushButton*>())
                cancel->click();
        }
    });
    fixture.prompter().mailFiles = paths;
    child<QAction>(window, "importAction")->trigger();
    REQUIRE(finished.wait(60000));
    const auto report = finished.first().first().value<FileImportReport>();
    CHECK(report.cancelled);
    CHECK(report.newApplicants >= 1);
    CHECK(report.notRead >= 1);
    CHECK(report.newApplicants + report.notRead == total);

    // What was imported stays, each file whole; nothing of the rest was read.
    const auto after = ApplicantList(fixture.services().database).waitingCounts(fixture.services().clock.now());
    REQUIRE(after.ok());
    CHECK(after->awaiting - before->awaiting == report.newApplicants);
    REQUIRE(fixture.prompter().told.size() == 1);
    const QString told = fixture.prompter().told.first();
    CHECK(told.contains(QStringLiteral("取り消しました")));
    CHECK(told.contains(QStringLiteral("%1件").arg(report.notRead)));

    // The files left out can be imported afterwards: only they are new.
    importThroughMenu(window, fixture, paths);
    const auto again = ApplicantList(fixture.services().database).waitingCounts(fixture.services().clock.now());
    REQUIRE(again.ok());
    CHECK(again->awaiting - before->awaiting == total);
}

TEST_CASE("the details pane keeps a waiting applicant across a reload and is cleared once they leave the list",
          "[gui][intake]")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    REQUIRE(waiting->model()->rowCount() > 1);
    const QString name = waiting->model()->index(0, ui::ApplicantTableModel::NameColumn).data().toString();
    waiting->selectRow(0);
    auto* title = child<QLabel>(window, "detailsTitleLabel");
    CHECK(title->text().startsWith(name));

    // New mail reloads the list: the host goes on reading the same application.
    window.reloadAll();
    test::waitForLists(window);
    CHECK(title->text().startsWith(name));
    REQUIRE(waiting->selectionModel()->hasSelection());

    // The host declines them here: they leave the waiting list, and their application leaves the pane.
    auto* status = child<QComboBox>(window, "applicantStatusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("withdrawn")));
    child<QPushButton>(window, "changeStatusButton")->click();
    test::waitForLists(window);
    CHECK(rowNamed(waiting->model(), name) == -1);
    CHECK_FALSE(title->text().startsWith(name));
    CHECK_FALSE(child<QPlainTextEdit>(window, "originalTextEdit")->toPlainText().contains(name));
}

TEST_CASE("at 1100 px the rooms' waiting count and the waiting list's key columns are in view", "[gui][intake]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::MainWindow window(fixture.services());
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::waitForLists(window);
    window.reloadAll();
    test::waitForLists(window);

    auto inView = [](QTableView* view, int column) {
        const int left = view->columnViewportPosition(column);
        return left >= 0 && left + std::min(view->columnWidth(column), 40) <= view->viewport()->width();
    };
    // 設定 has a rooms list of the same name: the one in 受付.
    auto* rooms = child<QTableView>(child<QWidget>(window, "intakeArea"), "roomsView");
    INFO("rooms viewport " << rooms->viewport()->width() << ", waiting count at "
                           << rooms->columnViewportPosition(ui::RoomTableModel::AwaitingColumn) << " width "
                           << rooms->columnWidth(ui::RoomTableModel::AwaitingColumn));
    CHECK(inView(rooms, ui::RoomTableModel::AwaitingColumn));
    CHECK(inView(rooms, ui::RoomTableModel::CodeColumn));
    auto* waiting = child<QTableView>(window, "waitingApplicantsView");
    for (int column : {ui::ApplicantTableModel::NameColumn, ui::ApplicantTableModel::RoomColumn,
                       ui::ApplicantTableModel::WaitingColumn, ui::ApplicantTableModel::HintsColumn}) {
        INFO(column);
        CHECK(inView(waiting, column));
    }
    // Each header readable in full: no column narrower than its title.
    for (QTableView* view : {rooms, waiting}) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            INFO(view->objectName().toStdString() << " column " << column);
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            CHECK(view->columnWidth(column) >= view->horizontalHeader()->fontMetrics().horizontalAdvance(title));
        }
    }
}

TEST_CASE("the mail lists offer their buttons in a context menu, and Delete and Enter act as the buttons do",
          "[gui][intake]")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);
    auto* unclassified = child<QTableView>(window, "unclassifiedView");
    auto* ignored = child<QTableView>(window, "ignoredView");
    child<QTabWidget>(window, "intakeTabs")->setCurrentIndex(1);
    REQUIRE(unclassified->isVisible());
    REQUIRE(unclassified->model()->rowCount() == 2);
    const int ignoredBefore = ignored->model()->rowCount();

    // The context menu on a row: the same three actions as the buttons, and Ignore does what its button does.
    QStringList offered;
    QTimer::singleShot(0, [&offered] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        REQUIRE(menu != nullptr);
        for (QAction* action : menu->actions())
            offered << action->text();
        for (QAction* action : menu->actions()) {
            if (action->text() == QStringLiteral("Ignore"))
                action->trigger();
        }
        menu->close();
    });
    const QRect firstRow = unclassified->visualRect(unclassified->model()->index(0, 0));
    Q_EMIT unclassified->customContextMenuRequested(firstRow.center());
    test::waitForLists(window);
    CHECK(offered == QStringList({QStringLiteral("Make an applicant"), QStringLiteral("Attach to an applicant…"),
                                  QStringLiteral("Ignore")}));
    CHECK(unclassified->model()->rowCount() == 1);
    CHECK(ignored->model()->rowCount() == ignoredBefore + 1);

    // Delete on the list ignores the selected mail as well.
    unclassified->setFocus();
    unclassified->selectRow(0);
    QTest::keyClick(unclassified, Qt::Key_Delete);
    test::waitForLists(window);
    CHECK(unclassified->model()->rowCount() == 0);
    CHECK(ignored->model()->rowCount() == ignoredBefore + 2);

    // Enter on the ignored list brings the mail back to 未分類.
    auto* tabs = child<QTabWidget>(window, "intakeTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->widget(tab)->isAncestorOf(ignored))
            tabs->setCurrentIndex(tab);
    }
    REQUIRE(ignored->isVisible());
    ignored->setFocus();
    ignored->selectRow(0);
    QTest::keyClick(ignored, Qt::Key_Return);
    test::waitForLists(window);
    CHECK(ignored->model()->rowCount() == ignoredBefore + 1);
    CHECK(unclassified->model()->rowCount() == 1);
}

TEST_CASE("受付 reads its lists on a worker thread, and a burst of reloads is read at most twice", "[gui][intake]")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.services());
    window.show();
    test::waitForLists(window);
    auto* area = child<ui::IntakeArea>(window, "intakeArea");
    auto* unclassified = child<QTableView>(window, "unclassifiedView");
    auto* tabs = child<QTabWidget>(window, "intakeTabs");
    REQUIRE(unclassified->model()->rowCount() == 2);

    // Each read waits at the gate until the test opens it, and says which thread it runs on.
    QSemaphore gate;
    std::atomic<QThread*> readOn{nullptr};
    area->listsLoader().setReadHook([&gate, &readOn] {
        readOn = QThread::currentThread();
        gate.acquire();
    });
    const int readsBefore = area->listsLoader().readsStarted();

    // A mail is ignored behind the window's back, then a burst of reloads comes in (a sync, an import, …).
    const qint64 first = unclassified->model()->index(0, 0).data(ui::IdRole).toLongLong();
    REQUIRE(fixture.services().intake.ignore(first).ok());
    for (int i = 0; i < 50; ++i)
        area->refresh();
    // The window went on: the old rows are still shown while the read waits on its thread.
    CHECK(area->isLoading());
    CHECK(unclassified->model()->rowCount() == 2);
    QTRY_VERIFY_WITH_TIMEOUT(readOn.load() != nullptr, 10000);
    CHECK(readOn.load() != QThread::currentThread());

    gate.release(100);
    test::waitForLists(window);
    CHECK(area->listsLoader().readsStarted() - readsBefore == 2);
    CHECK(unclassified->model()->rowCount() == 1);
    CHECK(tabs->tabText(1).contains(QStringLiteral("(1)")));
    area->listsLoader().setReadHook({});
}
