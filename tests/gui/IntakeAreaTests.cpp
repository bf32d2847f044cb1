// SPDX-License-Identifier: GPL-3.0-or-later
// Importing mail in the main window: File → Import, the application's details, its raw source, 未分類.
#include "MailSamples.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "models/ApplicantTableModel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

    fixture.prompter().mailFiles = {mail, dir.filePath(QStringLiteral("missing.eml"))};
    child<QAction>(window, "importAction")->trigger();

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
    fixture.prompter().mailFiles = {mail};
    child<QAction>(window, "importAction")->trigger();
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
    fixture.prompter().mailFiles = {letter, notice};
    child<QAction>(window, "importAction")->trigger();
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
    QCoreApplication::sendEvent(area, &drop);

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
    auto* unclassified = child<QTableView>(window, "unclassifiedView");
    REQUIRE(unclassified->model()->rowCount() == 2);
    unclassified->selectRow(0);
    const qint64 messageId = unclassified->model()->index(0, 0).data(ui::IdRole).toLongLong();

    // The host cancels first: nothing changes.
    fixture.prompter().applicant = 0;
    child<QPushButton>(window, "unclassifiedViewAttachButton")->click();
    CHECK(unclassified->model()->rowCount() == 2);
    REQUIRE_FALSE(fixture.prompter().applicantChoices.isEmpty());

    // Then chooses はるかぜ (applicant 1 of the demo).
    fixture.prompter().applicant = 1;
    unclassified->selectRow(0);
    child<QPushButton>(window, "unclassifiedViewAttachButton")->click();
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
    fixture.prompter().mailFiles = {second, third};
    child<QAction>(window, "importAction")->trigger();
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
